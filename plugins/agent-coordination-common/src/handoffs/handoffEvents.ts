import type { HandoffSnapshot } from '../api';

/** The subject type of handoff events. @public */
export const HANDOFF_SUBJECT = 'handoff';

/** Event types that change a handoff; each carries it whole before and after. @public */
export const HANDOFF_CHANGES = {
  opened: 'handoff.opened',
  edited: 'handoff.edited',
  validated: 'handoff.validated',
  transferred: 'handoff.transferred',
  clarificationRequested: 'handoff.clarification_requested',
  clarificationAnswered: 'handoff.clarification_answered',
  acknowledged: 'handoff.acknowledged',
  completed: 'handoff.completed',
  escalated: 'handoff.escalated',
} as const;

/** @public */
export type HandoffChangeType =
  (typeof HANDOFF_CHANGES)[keyof typeof HANDOFF_CHANGES];

/** An event about a handoff, as written. @public */
export type HandoffEventBody =
  | {
      subject: { type: typeof HANDOFF_SUBJECT; id: string };
      type: typeof HANDOFF_CHANGES.opened;
      before: null;
      after: HandoffSnapshot;
      reason: string | null;
    }
  | {
      subject: { type: typeof HANDOFF_SUBJECT; id: string };
      type: Exclude<HandoffChangeType, typeof HANDOFF_CHANGES.opened>;
      before: HandoffSnapshot;
      after: HandoffSnapshot;
      reason: string | null;
    };

/** The event of a change to a handoff, `before` null for its opening. @public */
export function handoffChangeEvent(
  type: HandoffChangeType,
  before: HandoffSnapshot | null,
  after: HandoffSnapshot,
  reason: string | null,
): HandoffEventBody {
  return {
    subject: { type: HANDOFF_SUBJECT, id: after.id },
    type,
    before,
    after,
    reason,
  } as HandoffEventBody;
}
