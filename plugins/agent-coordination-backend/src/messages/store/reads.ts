import type { Knex } from 'knex';
import { MESSAGE_READS, type MessageReadRow } from './tables';

/** When `agent` read each of `ids`, for those it read. */
export async function readTimes(
  db: Knex,
  agent: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: MessageReadRow[] = await db<MessageReadRow>(MESSAGE_READS)
    .where('agent', agent)
    .whereIn('message_id', [...new Set(ids)]);
  return new Map(rows.map(r => [r.message_id, r.read_at]));
}

export async function insertReceipt(
  tx: Knex,
  row: MessageReadRow,
): Promise<void> {
  await tx(MESSAGE_READS).insert(row);
}
