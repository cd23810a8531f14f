import type { HandoffSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { rowToHandoff } from './rows';
import { HANDOFFS, type HandoffRow } from './tables';

/**
 * The SLA sweep's one query for handoffs: those due by `now` (transferred,
 * unacknowledged, not escalated: only they have a `due_at`), oldest first,
 * then by id, so every replica claims them in the same order.
 */
export async function dueHandoffs(
  db: Knex,
  now: Date,
  limit: number,
): Promise<HandoffSnapshot[]> {
  const rows: HandoffRow[] = await db<HandoffRow>(HANDOFFS)
    .whereNotNull('due_at')
    .where('due_at', '<=', now.toISOString())
    .orderBy([
      { column: 'due_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(limit);
  return rows.map(rowToHandoff);
}
