import type { ConflictSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { rowToConflict } from './rows';
import { CONFLICTS, type ConflictRow } from './tables';

/**
 * The SLA sweep's one query: open conflicts due by `now`, oldest first (then
 * by id, so every replica claims them in the same order), on the
 * (status, due_at) index. `dueAt` is what the sweep compares with.
 */
export async function dueConflicts(
  db: Knex,
  now: Date,
  limit: number,
): Promise<Array<{ conflict: ConflictSnapshot; dueAt: string }>> {
  const rows: ConflictRow[] = await db<ConflictRow>(CONFLICTS)
    .where('status', 'open')
    .where('due_at', '<=', now.toISOString())
    .orderBy([{ column: 'due_at', order: 'asc' }, { column: 'id', order: 'asc' }])
    .limit(limit);
  return rows.map(r => ({ conflict: rowToConflict(r), dueAt: r.due_at }));
}

/**
 * Moves a breached conflict's next reminder on, unless another sweep did:
 * conditional on the reminder still being the one read, so of two replicas
 * exactly one gets true and sends it.
 */
export async function claimReminder(tx: Knex, id: string, dueAt: string, nextDueAt: string): Promise<boolean> {
  const updated = await tx(CONFLICTS).where({ id, due_at: dueAt, status: 'open' }).update({ due_at: nextDueAt });
  return updated === 1;
}
