import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { Handoff } from '@agent-coordination/plugin-agent-coordination-common';
import { formatSpan, formatTime } from '../Conflicts/time';
import { useNow } from '../Conflicts/useNow';

const useStyles = makeStyles(theme => ({
  chip: { marginRight: theme.spacing(0.5), fontWeight: 600 },
  overdue: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
    fontWeight: 600,
  },
  late: { color: theme.palette.error.main, fontWeight: 600 },
  value: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
}));

const STATUS_LABELS: Record<Handoff['status'], string> = {
  draft: 'Draft',
  awaiting_acknowledgment: 'Awaiting acknowledgment',
  clarification_requested: 'Clarification requested',
  acknowledged: 'Acknowledged',
  completed: 'Completed',
};

export function handoffStatusLabel(status: Handoff['status']): string {
  return STATUS_LABELS[status] ?? status;
}

/** Initiation, Validation, ...: the framework's stage ids as people read them. */
export function stageLabel(stage: string): string {
  const words = stage.replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const HandoffStatusChip = ({
  handoff,
}: {
  handoff: Pick<Handoff, 'status'>;
}) => {
  const classes = useStyles();
  const done =
    handoff.status === 'completed' || handoff.status === 'acknowledged';
  return (
    <Chip
      size="small"
      className={classes.chip}
      color={done ? 'primary' : 'default'}
      variant={done ? 'default' : 'outlined'}
      label={handoffStatusLabel(handoff.status)}
      data-testid="handoff-status"
    />
  );
};

/**
 * The acknowledgment clock of a transferred handoff: when it is due and how
 * long is left, or that it is overdue (and escalated, once the sweep has
 * opened its conflict). Nothing before the transfer or after the answer.
 */
export const AcknowledgmentDue = ({
  handoff,
  dense,
}: {
  handoff: Pick<
    Handoff,
    'status' | 'acknowledgmentDueAt' | 'overdue' | 'escalationConflict'
  >;
  dense?: boolean;
}) => {
  const classes = useStyles();
  const waiting =
    handoff.status === 'awaiting_acknowledgment' ||
    handoff.status === 'clarification_requested';
  const now = useNow(waiting && !handoff.overdue, 1000);
  if (!waiting || !handoff.acknowledgmentDueAt) return null;
  const left = Date.parse(handoff.acknowledgmentDueAt) - now;
  if (handoff.overdue || left <= 0) {
    return (
      <span data-testid="handoff-overdue">
        <Chip
          size="small"
          className={`${classes.chip} ${classes.overdue}`}
          label={handoff.escalationConflict ? 'Overdue · escalated' : 'Overdue'}
        />
        {!dense && (
          <Typography variant="caption" className={classes.late}>
            was due {formatTime(handoff.acknowledgmentDueAt)}
          </Typography>
        )}
      </span>
    );
  }
  return (
    <Typography
      variant="body2"
      component="span"
      className={classes.value}
      data-testid="handoff-due"
      title={`Acknowledge by ${formatTime(handoff.acknowledgmentDueAt)}`}
    >
      {dense
        ? `${formatSpan(left)} left`
        : `Acknowledge by ${formatTime(
            handoff.acknowledgmentDueAt,
          )} · ${formatSpan(left)} left`}
    </Typography>
  );
};
