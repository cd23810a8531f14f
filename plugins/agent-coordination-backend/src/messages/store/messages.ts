import type { MessageSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { messageToRow, rowToMessage } from './rows';
import { MESSAGES, type MessageRow } from './tables';

export async function loadMessages(
  db: Knex,
  ids: string[],
): Promise<Map<string, MessageSnapshot>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: MessageRow[] = await db<MessageRow>(MESSAGES).whereIn(
    'id',
    unique,
  );
  return new Map(rows.map(r => [r.id, rowToMessage(r)]));
}

export async function loadMessage(
  db: Knex,
  id: string,
): Promise<MessageSnapshot | undefined> {
  return (await loadMessages(db, [id])).get(id);
}

/** One row, however many agents a broadcast reaches. */
export async function insertMessage(
  tx: Knex,
  message: MessageSnapshot,
): Promise<void> {
  await tx(MESSAGES).insert(messageToRow(message));
}

/**
 * Writes `after` over `before` if nobody changed the message since `before`
 * was read: of an answer and an overdue flag, or two replicas' sweeps,
 * exactly one wins and the other matches no row.
 */
export async function updateMessage(
  tx: Knex,
  before: MessageSnapshot,
  after: MessageSnapshot,
): Promise<boolean> {
  const { id: _id, ...row } = messageToRow(after);
  const updated = await tx(MESSAGES)
    .where({ id: before.id, version: before.version })
    .update(row);
  return updated === 1;
}
