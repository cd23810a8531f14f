import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';
import { formatSpan, formatTime } from './time';
import { useNow } from './useNow';

const useStyles = makeStyles(theme => ({
  breached: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  overdue: { color: theme.palette.error.main, fontWeight: 600 },
  soon: { color: theme.palette.warning.dark },
  running: {},
  value: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
}));

// Under this, the deadline is near enough to stand out.
const SOON_MS = 60 * 60 * 1000;

/** Where a conflict stands against its current level's deadline. */
export type CountdownState = 'running' | 'soon' | 'overdue' | 'breached' | 'resolved';

export function countdownState(
  conflict: Pick<Conflict, 'status' | 'deadlineAt' | 'breachedAt'>,
  now: number,
): CountdownState {
  if (conflict.status !== 'open') return 'resolved';
  if (conflict.breachedAt) return 'breached';
  const left = Date.parse(conflict.deadlineAt) - now;
  if (left <= 0) return 'overdue';
  return left < SOON_MS ? 'soon' : 'running';
}

const NEXT: Record<string, string> = { L1: 'L2', L2: 'L3' };

/** @public */
export interface CountdownProps {
  conflict: Pick<
    Conflict,
    'status' | 'level' | 'deadlineAt' | 'breachedAt' | 'resolution'
  >;
  /** One line only (tables, cards). */
  dense?: boolean;
}

/**
 * A live countdown to the deadline of the conflict's current level, ticking
 * every second. Past the deadline it counts how far over it is: a level
 * whose time ran out waits for the SLA sweep to escalate it; past L3's, the
 * conflict is breached and stays open, marked as such.
 */
export const Countdown = ({ conflict, dense }: CountdownProps) => {
  const classes = useStyles();
  const open = conflict.status === 'open';
  const now = useNow(open);
  const state = countdownState(conflict, now);
  const left = Date.parse(conflict.deadlineAt) - now;
  const deadline = formatTime(conflict.deadlineAt);

  let main;
  let note: string | undefined;
  if (state === 'resolved') {
    main = <Typography variant="body2">Decided</Typography>;
    note = conflict.resolution ? formatTime(conflict.resolution.at) : undefined;
  } else if (state === 'breached') {
    main = (
      <Box display="flex" alignItems="center" style={{ gap: 6 }} flexWrap="wrap">
        <Chip size="small" label="Breached" className={classes.breached} />
        <Typography variant="body2" className={`${classes.overdue} ${classes.value}`}>
          overdue by {formatSpan(left)}
        </Typography>
      </Box>
    );
    note = `L3 did not decide by ${deadline}`;
  } else if (state === 'overdue') {
    main = (
      <Typography variant="body2" className={`${classes.overdue} ${classes.value}`}>
        overdue by {formatSpan(left)}
      </Typography>
    );
    note = NEXT[conflict.level]
      ? `${NEXT[conflict.level]} takes over at the next SLA sweep`
      : 'breached at the next SLA sweep';
  } else {
    main = (
      <Typography
        variant="body2"
        className={`${state === 'soon' ? classes.soon : classes.running} ${classes.value}`}
      >
        {formatSpan(left)} left
      </Typography>
    );
    note = `${conflict.level} decides by ${deadline}`;
  }

  return (
    <div
      data-testid="countdown"
      data-state={state}
      title={open ? `${conflict.level} deadline: ${conflict.deadlineAt}` : undefined}
    >
      {main}
      {note && !dense && (
        <Typography variant="caption" color="textSecondary" component="div">
          {note}
        </Typography>
      )}
    </div>
  );
};
