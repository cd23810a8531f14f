import type { Level } from '../api';
import type { CoordinationFramework } from '../framework/types';
import { parseDuration } from '../rules/duration';

type Framework = Pick<CoordinationFramework, 'conflictTypes' | 'escalationMatrix' | 'conflictPolicy'>;

/** The levels in order. @public */
export const LEVELS: Level[] = ['L1', 'L2', 'L3'];

/** The level after `level`, or null past L3. @public */
export function nextLevel(level: Level): Level | null {
  return LEVELS[LEVELS.indexOf(level) + 1] ?? null;
}

/**
 * How long each level of a conflict has to decide (framework decision next
 * to escalationMatrix): the matrix row's SLA when the conflict has a
 * category, otherwise its type's escalation time; `immediate` gives
 * conflictPolicy.immediateResponse.
 * @public
 */
export function levelTime(framework: Framework, conflict: { type: string; category: string | null }): number {
  const row = conflict.category ? framework.escalationMatrix.find(r => r.id === conflict.category) : undefined;
  const type = framework.conflictTypes.find(t => t.id === conflict.type);
  const written = row?.sla ?? type?.escalationTime;
  if (written === undefined) throw new Error(`unknown conflict type '${conflict.type}'`);
  const ms = parseDuration(written);
  return ms > 0 ? ms : parseDuration(framework.conflictPolicy.immediateResponse);
}

/** The deadline of a level entered at `enteredAt`. @public */
export function levelDeadline(
  framework: Framework,
  conflict: { type: string; category: string | null },
  enteredAt: Date,
): Date {
  return new Date(enteredAt.getTime() + levelTime(framework, conflict));
}

/** The latest the whole ladder may take: three levels from the opening. @public */
export function resolveBy(framework: Framework, conflict: { type: string; category: string | null; openedAt: string }): Date {
  return new Date(Date.parse(conflict.openedAt) + 3 * levelTime(framework, conflict));
}

/** What the sweep does with an open conflict whose time is up. @public */
export type OverdueStep =
  | { kind: 'escalate'; to: Level; levelEnteredAt: string; deadlineAt: string; dueAt: string }
  | { kind: 'breach'; breachedAt: string; dueAt: string }
  | { kind: 'remind'; dueAt: string };

/**
 * The sweep's decision for an open conflict at `now`, or null when nothing
 * is due: a level past its deadline escalates (the next level starts now);
 * L3 past its deadline is breached; a breached conflict is reminded of every
 * breachReminder, for as long as it stays open.
 * @public
 */
export function overdueStep(
  framework: Framework,
  conflict: {
    type: string;
    category: string | null;
    status: string;
    level: Level;
    deadlineAt: string;
    breachedAt: string | null;
    dueAt: string;
  },
  now: Date,
): OverdueStep | null {
  if (conflict.status !== 'open' || Date.parse(conflict.dueAt) > now.getTime()) return null;
  const reminder = parseDuration(framework.conflictPolicy.breachReminder);
  const later = new Date(now.getTime() + reminder).toISOString();
  if (conflict.breachedAt) return { kind: 'remind', dueAt: later };
  const to = nextLevel(conflict.level);
  if (!to) return { kind: 'breach', breachedAt: conflict.deadlineAt, dueAt: later };
  const deadlineAt = levelDeadline(framework, conflict, now).toISOString();
  return { kind: 'escalate', to, levelEnteredAt: now.toISOString(), deadlineAt, dueAt: deadlineAt };
}
