// @ts-check

/*
 * Counters behind an inbox's total and unread counts, so reading them costs
 * the same whatever the inbox holds. Kept by recipient, not by broadcast:
 * the broadcast recipient is the framework's to name (ALL in the example),
 * and a migration cannot read the framework, so nothing here needs to know
 * which recipient is the broadcast one. For agent X and broadcast recipient
 * B, with the inbox being messages to X and messages to B not from X:
 *
 *   total(X)  = messages(X) + messages(B) - sent(X, B)
 *   unread(X) = total(X) - read(X, X) - read(X, B)
 *
 * per priority. Sends and receipts update them in their own transaction.
 */

const MESSAGES = 'coordination_messages';
const READS = 'coordination_message_reads';
const TOTALS = 'coordination_message_totals';
const AGENT_COUNTS = 'coordination_message_agent_counts';
// Five columns a row: well under any engine's limit of bound variables.
const BATCH = 200;

/**
 * Recomputes every counter from the messages and receipts stored. The
 * migration's backfill; also for whoever wrote rows past the plugin (the
 * messages benchmark seeds its tables straight).
 *
 * @param {import('knex').Knex} knex
 */
async function rebuildMessageCounts(knex) {
  await knex(AGENT_COUNTS).delete();
  await knex(TOTALS).delete();
  /** @type {Array<{ to_agent: string, priority: string, n: number | string }>} */
  const received = await knex(MESSAGES)
    .select('to_agent', 'priority')
    .count({ n: '*' })
    .groupBy('to_agent', 'priority');
  await insertBatches(
    knex,
    TOTALS,
    received.map(r => ({
      recipient: r.to_agent,
      priority: r.priority,
      message_count: Number(r.n),
    })),
  );

  /** @type {Map<string, { agent: string, recipient: string, priority: string, sent_count: number, read_count: number }>} */
  const counts = new Map();
  /** @param {string} agent @param {string} recipient @param {string} priority */
  const row = (agent, recipient, priority) => {
    const key = JSON.stringify([agent, recipient, priority]);
    let r = counts.get(key);
    if (!r) {
      r = { agent, recipient, priority, sent_count: 0, read_count: 0 };
      counts.set(key, r);
    }
    return r;
  };
  /** @type {Array<{ from_agent: string, to_agent: string, priority: string, n: number | string }>} */
  const sent = await knex(MESSAGES)
    .select('from_agent', 'to_agent', 'priority')
    .count({ n: '*' })
    .groupBy('from_agent', 'to_agent', 'priority');
  for (const s of sent)
    row(s.from_agent, s.to_agent, s.priority).sent_count += Number(s.n);
  // Only a receipt of a message in the reader's inbox counts: to it, or
  // to anyone else (the broadcast recipient) but not from it.
  /** @type {Array<{ agent: string, to_agent: string, priority: string, n: number | string }>} */
  const read = await knex({ r: READS })
    .join({ m: MESSAGES }, 'm.id', 'r.message_id')
    .where(q =>
      q
        .whereRaw('?? = ??', ['m.to_agent', 'r.agent'])
        .orWhereRaw('?? <> ??', ['m.from_agent', 'r.agent']),
    )
    .select('r.agent', 'm.to_agent', 'm.priority')
    .count({ n: '*' })
    .groupBy('r.agent', 'm.to_agent', 'm.priority');
  for (const r of read)
    row(r.agent, r.to_agent, r.priority).read_count += Number(r.n);
  await insertBatches(knex, AGENT_COUNTS, [...counts.values()]);
}

/** @param {import('knex').Knex} knex @param {string} table @param {object[]} rows */
async function insertBatches(knex, table, rows) {
  for (let i = 0; i < rows.length; i += BATCH)
    await knex(table).insert(rows.slice(i, i + BATCH));
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable(TOTALS, table => {
    table.comment(
      'Messages stored per recipient (an agent, or the broadcast recipient) and priority',
    );
    table.string('recipient', 64).notNullable();
    table.string('priority', 16).notNullable();
    table.integer('message_count').notNullable();
    table.primary(['recipient', 'priority']);
  });
  await knex.schema.createTable(AGENT_COUNTS, table => {
    table.comment(
      // No apostrophe: knex quotes table comments unescaped (PostgreSQL, MySQL).
      'Per agent, recipient and priority: messages the agent sent to it, and its receipts of messages to it in its inbox',
    );
    table.string('agent', 64).notNullable();
    table.string('recipient', 64).notNullable();
    table.string('priority', 16).notNullable();
    table.integer('sent_count').notNullable();
    table.integer('read_count').notNullable();
    table.primary(['agent', 'recipient', 'priority']);
  });
  await rebuildMessageCounts(knex);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(AGENT_COUNTS);
  await knex.schema.dropTable(TOTALS);
};

exports.rebuildMessageCounts = rebuildMessageCounts;
