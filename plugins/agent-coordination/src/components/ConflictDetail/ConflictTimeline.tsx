import type {
  BreachReminder,
  ConflictSnapshot,
  CoordinationEvent,
} from '@agent-coordination/plugin-agent-coordination-common';
import { SYSTEM_PRINCIPAL } from '../Conflicts/Actor';
import { formatTime } from '../Conflicts/time';
import { EventTimeline, type DescribedEvent } from '../EventTimeline';

function snapshot(value: unknown): ConflictSnapshot | undefined {
  return value && typeof value === 'object'
    ? (value as ConflictSnapshot)
    : undefined;
}

function describe(
  event: CoordinationEvent,
  nameOf: (key: string) => string,
): DescribedEvent {
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
        votes.find(v => v.agent === event.actorAgent) ??
        votes[votes.length - 1];
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
        what: `Escalated ${before?.level ?? '?'} → ${
          after?.level ?? '?'
        } ${how}`,
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
        what: `Reminder: still open${
          reminder?.overdueBy ? `, overdue by ${reminder.overdueBy}` : ''
        }`,
        dot: 'secondary',
        variant: 'outlined',
      };
    }
    case 'conflict.resolved': {
      const resolution = after?.resolution;
      return {
        what: resolution
          ? `Decided${
              resolution.via === 'consensus' ? ' by consensus' : ''
            }: “${resolution.decision}”`
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
 * A conflict's history, oldest first: opening, votes, escalations, breaches
 * and the decision, each with who and why.
 */
export const ConflictTimeline = ({
  events,
}: {
  events: CoordinationEvent[];
}) => (
  <EventTimeline
    events={events}
    describe={describe}
    testId="conflict-timeline"
  />
);
