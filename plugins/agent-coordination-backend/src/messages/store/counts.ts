import type { MessageSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { MESSAGE_AGENT_COUNTS, MESSAGE_TOTALS } from './tables';

/*
 * The inbox counters (see migration 20261206000000_message_counts): kept by
 * recipient so a broadcast stays one row and one increment. Each change is
 * one upsert adding to the stored value in the database, never a value read
 * and written back, so two replicas counting at once both count.
 */

async function add(
  tx: Knex,
  table: string,
  row: Record<string, string | number>,
  key: string[],
  column: string,
): Promise<void> {
  await tx(table)
    .insert(row)
    .onConflict(key)
    .merge({ [column]: tx.raw('?? + 1', [`${table}.${column}`]) });
}

/** A message stored: one more to its recipient, one more sent by its sender to that recipient. */
export async function countSent(
  tx: Knex,
  message: MessageSnapshot,
): Promise<void> {
  // Always in this order (the recipient's row first), so sends lock counter rows in one order.
  await add(
    tx,
    MESSAGE_TOTALS,
    { recipient: message.to, priority: message.priority, message_count: 1 },
    ['recipient', 'priority'],
    'message_count',
  );
  await add(
    tx,
    MESSAGE_AGENT_COUNTS,
    {
      agent: message.from,
      recipient: message.to,
      priority: message.priority,
      sent_count: 1,
      read_count: 0,
    },
    ['agent', 'recipient', 'priority'],
    'sent_count',
  );
}

/** A receipt inserted (not one found already there): one more read in `agent`'s inbox. */
export async function countRead(
  tx: Knex,
  agent: string,
  message: MessageSnapshot,
): Promise<void> {
  // A receipt of a message outside the reader's inbox would skew its unread count.
  if (message.to !== agent && message.from === agent) return;
  await add(
    tx,
    MESSAGE_AGENT_COUNTS,
    {
      agent,
      recipient: message.to,
      priority: message.priority,
      sent_count: 0,
      read_count: 1,
    },
    ['agent', 'recipient', 'priority'],
    'read_count',
  );
}

/**
 * `agent`'s inbox (messages to it, and to `broadcast` not from it) counted
 * from the counters: a dozen rows at most, whatever the inbox holds. One
 * statement, so a send or receipt committing meanwhile is seen whole or not
 * at all.
 */
export async function countInboxFromCounters(
  db: Knex,
  agent: string,
  broadcast: string,
): Promise<{ total: number; unreadByPriority: Map<string, number> }> {
  const recipients = [agent, broadcast];
  const rows: Array<{
    recipient: string;
    priority: string;
    received: number | string;
    sent: number | string;
    read: number | string;
  }> = await db
    .select(
      'recipient',
      'priority',
      { received: 'message_count' },
      db.raw('0 as ??', ['sent']),
      db.raw('0 as ??', ['read']),
    )
    .from(MESSAGE_TOTALS)
    .whereIn('recipient', recipients)
    .unionAll(q =>
      q
        .select(
          'recipient',
          'priority',
          db.raw('0 as ??', ['received']),
          { sent: 'sent_count' },
          { read: 'read_count' },
        )
        .from(MESSAGE_AGENT_COUNTS)
        .where('agent', agent)
        .whereIn('recipient', recipients),
    );
  const inInbox = new Map<string, number>();
  const unread = new Map<string, number>();
  for (const r of rows) {
    // Its own broadcasts are not in its inbox; nothing it sent to itself exists (an agent cannot message itself).
    const own = r.recipient === broadcast ? Number(r.sent) : 0;
    const n = Number(r.received) - own;
    inInbox.set(r.priority, (inInbox.get(r.priority) ?? 0) + n);
    unread.set(r.priority, (unread.get(r.priority) ?? 0) + n - Number(r.read));
  }
  // Rows written past the plugin (not counted) must not make a count negative, which no inbox can answer.
  const total = Math.max(
    0,
    [...inInbox.values()].reduce((a, b) => a + b, 0),
  );
  const unreadByPriority = new Map(
    [...unread].map(([p, n]) => [p, Math.max(0, n)]),
  );
  return { total, unreadByPriority };
}
