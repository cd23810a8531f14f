import type { ConflictSnapshot, Level } from '../api';

/** The subject type of conflict events. @public */
export const CONFLICT_SUBJECT = 'conflict';

/** Event types that change a conflict; each carries it whole before and after. @public */
export const CONFLICT_CHANGES = {
  opened: 'conflict.opened',
  voted: 'conflict.voted',
  escalated: 'conflict.escalated',
  breached: 'conflict.breached',
  resolved: 'conflict.resolved',
} as const;

/** Event types that record something about a conflict without changing it. @public */
export const CONFLICT_ALERTS = {
  breachReminder: 'conflict.breach_reminder',
} as const;

/** @public */
export type ConflictChangeType = (typeof CONFLICT_CHANGES)[keyof typeof CONFLICT_CHANGES];

/** What a reminder of a breached conflict says. @public */
export interface BreachReminder {
  level: Level;
  breachedAt: string;
  overdueBy: string;
}

interface Body<T extends string, B, A> {
  subject: { type: typeof CONFLICT_SUBJECT; id: string };
  type: T;
  before: B;
  after: A;
  reason: string | null;
}

/** An event about a conflict, as written. @public */
export type ConflictEventBody =
  | Body<typeof CONFLICT_CHANGES.opened, null, ConflictSnapshot>
  | Body<Exclude<ConflictChangeType, typeof CONFLICT_CHANGES.opened>, ConflictSnapshot, ConflictSnapshot>
  | Body<typeof CONFLICT_ALERTS.breachReminder, null, BreachReminder>;

const CHANGE_TYPES = new Set<string>(Object.values(CONFLICT_CHANGES));

/** Whether an event of this type changes the conflict it is about. @public */
export function isConflictChange(type: string): type is ConflictChangeType {
  return CHANGE_TYPES.has(type);
}

/** The event of a change to a conflict, `before` null for its opening. @public */
export function conflictChangeEvent(
  type: ConflictChangeType,
  before: ConflictSnapshot | null,
  after: ConflictSnapshot,
  reason: string | null,
): ConflictEventBody {
  return { subject: { type: CONFLICT_SUBJECT, id: after.id }, type, before, after, reason } as ConflictEventBody;
}
