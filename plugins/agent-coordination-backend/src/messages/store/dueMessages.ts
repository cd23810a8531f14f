import type { MessageSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { rowToMessage } from './rows';
import { MESSAGES, type MessageRow } from './tables';

/**
 * The overdue sweep's one query: REQUESTs due by `now` (only unanswered,
 * unflagged ones have a due_at), oldest first, then by id so every replica
 * claims them in the same order; on the (due_at, id) index.
 */
export async function dueMessages(
  db: Knex,
  now: Date,
  limit: number,
): Promise<MessageSnapshot[]> {
  const rows: MessageRow[] = await db<MessageRow>(MESSAGES)
    .whereNotNull('due_at')
    .where('due_at', '<=', now.toISOString())
    .orderBy([
      { column: 'due_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(limit);
  return rows.map(rowToMessage);
}
