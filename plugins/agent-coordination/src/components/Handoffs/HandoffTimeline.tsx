import type {
  CoordinationEvent,
  HandoffSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import { formatTime } from '../Conflicts/time';
import { EventTimeline, type DescribedEvent } from '../EventTimeline';

function snapshot(value: unknown): HandoffSnapshot | undefined {
  return value && typeof value === 'object'
    ? (value as HandoffSnapshot)
    : undefined;
}

export function describeHandoffEvent(
  event: CoordinationEvent,
  nameOf: (key: string) => string,
): DescribedEvent {
  const after = snapshot(event.after);
  switch (event.type) {
    case 'handoff.opened':
      return {
        what: `Opened: ${after ? nameOf(after.from) : ''} to ${
          after ? nameOf(after.to) : ''
        }`,
        dot: 'primary',
      };
    case 'handoff.edited':
      return { what: 'Draft edited', dot: 'grey' };
    case 'handoff.validated':
      return { what: 'Automated checks reported', dot: 'grey' };
    case 'handoff.transferred':
      return {
        what: 'Transferred',
        detail: after?.acknowledgmentDueAt
          ? `To be acknowledged by ${formatTime(after.acknowledgmentDueAt)}`
          : undefined,
        dot: 'primary',
      };
    case 'handoff.clarification_requested':
      return {
        what: 'Clarification requested',
        dot: 'secondary',
        variant: 'outlined',
      };
    case 'handoff.clarification_answered':
      return { what: 'Question answered', dot: 'primary', variant: 'outlined' };
    case 'handoff.acknowledged':
      return { what: 'Acknowledged', dot: 'primary' };
    case 'handoff.escalated':
      return {
        what: 'Not acknowledged in time: escalated',
        detail: after?.escalationConflict
          ? `Conflict ${after.escalationConflict}`
          : undefined,
        dot: 'secondary',
      };
    case 'handoff.completed':
      return { what: 'Completed and archived', dot: 'primary' };
    default:
      return { what: event.type, dot: 'grey', variant: 'outlined' };
  }
}

/** A handoff's history, oldest first, each step with who and why. */
export const HandoffTimeline = ({
  events,
}: {
  events: CoordinationEvent[];
}) => (
  <EventTimeline
    events={events}
    describe={describeHandoffEvent}
    testId="handoff-timeline"
  />
);
