/*
 * Conflict escalation deadlines (framework sections 4.1 and 4.2).
 *
 * Two sources of time meet here. A conflict TYPE (technical, design,
 * priority, ownership) says how long each level gets before it moves up
 * ("4 hours per level", "Immediate"). The escalation MATRIX row (the
 * conflict's category: Code Merge, Architecture, Security, ...) carries an
 * SLA, read as the decision time each level has, counted from when the
 * conflict was opened. The rules, for a conflict at level Lk (k = 1, 2, 3):
 *
 * - escalateAt = levelEnteredAt + type.escalationTime. When a category is
 *   given it is also capped at openedAt + sla * k, because a level that was
 *   entered late must not extend the overall SLA. The cap never moves it
 *   before levelEnteredAt: a level entered after its SLA window already
 *   closed is due at once. 'immediate' (0) gives escalateAt = levelEnteredAt.
 * - nextLevel is the level that takes over at escalateAt: L2 from L1, L3 from
 *   L2, null at L3, where escalateAt is the final breach time.
 * - resolveBy = openedAt + sla * 3 when a category is given, else null: the
 *   latest the whole ladder may take.
 * - authority is who decides now: the matrix row's authority for the level
 *   when a category is given, otherwise the type's resolver for the level
 *   (null if the type defines none for it).
 * - isBreached is true once `now` is strictly after escalateAt.
 *
 * The category is looked up by matrix row id; a row whose conflictType differs
 * from the conflict's type is still used (the matrix is coarser than the
 * types and the framework does not pin one to the other). Unknown types and
 * categories throw, naming the culprit and listing the known ids.
 */

import { parseDuration } from './duration';

/**
 * Escalation levels, lowest first.
 * @public
 */
export type EscalationLevel = 'L1' | 'L2' | 'L3';

/**
 * A conflict type and how it escalates (framework section 4.1).
 * `escalationTime` is a duration string applying to each level.
 * @public
 */
export interface ConflictTypeRule {
  id: string;
  levels: { level: EscalationLevel; resolver: string }[];
  escalationTime: string;
}

/**
 * A row of the escalation matrix (framework section 4.2); `sla` is a
 * duration string.
 * @public
 */
export interface EscalationMatrixRow {
  id: string;
  name: string;
  conflictType: string;
  authorities: { L1: string; L2: string; L3: string };
  sla: string;
}

/**
 * Where a conflict stands. `category` is an escalation matrix row id.
 * @public
 */
export interface ConflictState {
  type: string;
  category?: string;
  level: EscalationLevel;
  openedAt: Date;
  levelEnteredAt: Date;
}

/**
 * The deadlines of a conflict at its current level.
 * @public
 */
export interface EscalationDeadline {
  escalateAt: Date;
  nextLevel: 'L2' | 'L3' | null;
  resolveBy: Date | null;
  authority: string | null;
}

const LEVEL_INDEX: Record<EscalationLevel, number> = { L1: 1, L2: 2, L3: 3 };
const NEXT_LEVEL: Record<EscalationLevel, 'L2' | 'L3' | null> = {
  L1: 'L2',
  L2: 'L3',
  L3: null,
};

function time(date: Date, what: string): number {
  const t = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(t)) {
    throw new Error(`invalid ${what}: expected a valid Date`);
  }
  return t;
}

function known(ids: string[]): string {
  return ids.length > 0 ? ids.join(', ') : '(none)';
}

/**
 * When the conflict escalates (or, at L3, is breached), what comes next,
 * when the whole conflict must be resolved and who decides now. See the file
 * header for the exact rules.
 *
 * @throws Error for an unknown type, category or level, or invalid dates.
 * @public
 */
export function escalationDeadline(
  conflict: ConflictState,
  types: ConflictTypeRule[],
  matrix: EscalationMatrixRow[],
): EscalationDeadline {
  const type = types.find(t => t.id === conflict.type);
  if (!type) {
    throw new Error(
      `unknown conflict type '${conflict.type}': known types are ${known(
        types.map(t => t.id),
      )}`,
    );
  }
  let row: EscalationMatrixRow | undefined;
  if (conflict.category !== undefined) {
    row = matrix.find(r => r.id === conflict.category);
    if (!row) {
      throw new Error(
        `unknown escalation category '${
          conflict.category
        }': known categories are ${known(matrix.map(r => r.id))}`,
      );
    }
  }
  const k = LEVEL_INDEX[conflict.level];
  if (k === undefined) {
    throw new Error(
      `unknown escalation level '${conflict.level}': levels are L1, L2, L3`,
    );
  }
  const opened = time(conflict.openedAt, 'openedAt');
  const entered = time(conflict.levelEnteredAt, 'levelEnteredAt');

  let escalateAt = entered + parseDuration(type.escalationTime);
  let resolveBy: Date | null = null;
  if (row) {
    const sla = parseDuration(row.sla);
    escalateAt = Math.max(entered, Math.min(escalateAt, opened + sla * k));
    resolveBy = new Date(opened + sla * 3);
  }
  const authority = row
    ? row.authorities[conflict.level]
    : type.levels.find(l => l.level === conflict.level)?.resolver ?? null;

  return {
    escalateAt: new Date(escalateAt),
    nextLevel: NEXT_LEVEL[conflict.level],
    resolveBy,
    authority,
  };
}

/**
 * True once `now` is strictly after the current level's escalateAt.
 * @public
 */
export function isBreached(
  conflict: ConflictState,
  types: ConflictTypeRule[],
  matrix: EscalationMatrixRow[],
  now: Date,
): boolean {
  const { escalateAt } = escalationDeadline(conflict, types, matrix);
  return time(now, 'now') > escalateAt.getTime();
}
