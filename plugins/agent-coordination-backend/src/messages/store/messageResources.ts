import type { MessageSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { loadMessages } from './messages';

/** What the message permission rules look at. */
export type MessageResource = Pick<MessageSnapshot, 'id' | 'from' | 'to'>;

export async function loadMessageResources(
  db: Knex,
  ids: string[],
): Promise<Map<string, MessageResource>> {
  const messages = await loadMessages(db, ids);
  return new Map(
    [...messages].map(([id, m]) => [id, { id, from: m.from, to: m.to }]),
  );
}
