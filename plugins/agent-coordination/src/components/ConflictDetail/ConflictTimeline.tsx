import type { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import Timeline from '@material-ui/lab/Timeline';
import TimelineConnector from '@material-ui/lab/TimelineConnector';
import TimelineContent from '@material-ui/lab/TimelineContent';
import TimelineDot from '@material-ui/lab/TimelineDot';
import TimelineItem from '@material-ui/lab/TimelineItem';
import TimelineOppositeContent from '@material-ui/lab/TimelineOppositeContent';
import TimelineSeparator from '@material-ui/lab/TimelineSeparator';
import { makeStyles } from '@material-ui/core/styles';
import type {
  BreachReminder,
  ConflictSnapshot,
  CoordinationEvent,
} from '@agent-coordination/plugin-agent-coordination-common';
import { Actor, SYSTEM_PRINCIPAL } from '../Conflicts/Actor';
import { useAgentDirectory } from '../Conflicts/AgentDirectory';
import { formatAgo, formatTime } from '../Conflicts/time';
import { useNow } from '../Conflicts/useNow';

const useStyles = makeStyles({
  // The lab Timeline centres its line; a log reads better with the times
  // in a narrow column on the left.
  opposite: { flex: '0 0 170px', paddingLeft: 0 },
  item: { minHeight: 64 },
});

type Dot = 'grey' | 'primary' | 'secondary' | 'inherit';

interface Described {
  what: string;
  detail?: ReactNode;
  dot: Dot;
  variant?: 'outlined';
}

function snapshot(value: unknown): ConflictSnapshot | undefined {
  return value && typeof value === 'object' ? (value as ConflictSnapshot) : undefined;
}

function describe(
  event: CoordinationEvent,
  nameOf: (key: string) => string,
): Described {
  const before = snapshot(event.before);
  const after = snapshot(event.after);
  switch (event.type) {
    case 'conflict.opened':
      return {
        what: `Opened at ${after?.level ?? 'L1'}`,
        detail: after?.deadlineAt
          ? `${after.level} decides by ${formatTime(after.deadlineAt)}`
          : undefined,
        dot: 'primary',
      };
    case 'conflict.voted': {
      const votes = after?.votes ?? [];
      const vote =
        votes.find(v => v.agent === event.actorAgent) ?? votes[votes.length - 1];
      return {
        what: vote
          ? `${nameOf(vote.agent)} voted “${vote.position}”`
          : 'A vote was recorded',
        detail: vote?.rationale ? `Rationale: ${vote.rationale}` : undefined,
        dot: 'grey',
        variant: 'outlined',
      };
    }
    case 'conflict.escalated': {
      const how = event.actor === SYSTEM_PRINCIPAL ? 'by SLA' : 'by hand';
      return {
        what: `Escalated ${before?.level ?? '?'} → ${after?.level ?? '?'} ${how}`,
        detail: after?.deadlineAt
          ? `${after.level} decides by ${formatTime(after.deadlineAt)}`
          : undefined,
        dot: 'secondary',
      };
    }
    case 'conflict.breached':
      return { what: 'SLA breached at L3', dot: 'secondary' };
    case 'conflict.breach_reminder': {
      const reminder = event.after as Partial<BreachReminder> | null;
      return {
        what: `Reminder: still open${reminder?.overdueBy ? `, overdue by ${reminder.overdueBy}` : ''}`,
        dot: 'secondary',
        variant: 'outlined',
      };
    }
    case 'conflict.resolved': {
      const resolution = after?.resolution;
      return {
        what: resolution
          ? `Decided${resolution.via === 'consensus' ? ' by consensus' : ''}: “${resolution.decision}”`
          : 'Resolved',
        detail: resolution?.rationale ? (
          <span style={{ whiteSpace: 'pre-line' }}>
            Rationale: {resolution.rationale}
          </span>
        ) : undefined,
        dot: 'primary',
      };
    }
    default:
      return { what: event.type, dot: 'grey', variant: 'outlined' };
  }
}

/**
 * A conflict's history, oldest first, as its event log has it: each entry
 * says what happened, who did it (a person, a token, or the SLA sweep),
 * why (the event's reason) and when.
 */
export const ConflictTimeline = ({ events }: { events: CoordinationEvent[] }) => {
  const classes = useStyles();
  const { nameOf } = useAgentDirectory();
  // Minutes are enough for "5 min ago"; no need to re-render every second.
  const now = useNow(true, 60_000);
  return (
    <Timeline align="left" data-testid="conflict-timeline">
      {events.map((event, i) => {
        const d = describe(event, nameOf);
        return (
          <TimelineItem
            key={event.id}
            className={classes.item}
            data-testid="timeline-event"
            data-type={event.type}
          >
            <TimelineOppositeContent className={classes.opposite}>
              <Typography variant="body2" title={event.createdAt}>
                <time dateTime={event.createdAt}>{formatTime(event.createdAt)}</time>
              </Typography>
              <Typography variant="caption" color="textSecondary">
                {formatAgo(event.createdAt, now)}
              </Typography>
            </TimelineOppositeContent>
            <TimelineSeparator>
              <TimelineDot color={d.dot} variant={d.variant} />
              {i < events.length - 1 && <TimelineConnector />}
            </TimelineSeparator>
            <TimelineContent>
              <Typography variant="body2" style={{ fontWeight: 500 }} data-testid="timeline-what">
                {d.what}
              </Typography>
              <Typography variant="caption" color="textSecondary" component="div">
                <Actor actor={event.actor} actorAgent={event.actorAgent} />
              </Typography>
              {event.reason && (
                <Typography variant="body2" component="div" data-testid="timeline-why">
                  {event.reason}
                </Typography>
              )}
              {d.detail && (
                <Typography variant="body2" color="textSecondary" component="div">
                  {d.detail}
                </Typography>
              )}
            </TimelineContent>
          </TimelineItem>
        );
      })}
    </Timeline>
  );
};
