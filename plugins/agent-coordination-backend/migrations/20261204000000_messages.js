// @ts-check

/*
 * Typed messages between agents (framework §3.2) and their read receipts.
 * A message to ALL is one row; each agent that reads it adds one receipt,
 * so read state is per recipient agent and a broadcast is stored once.
 * Times are ISO 8601 UTC strings, as for tasks and conflicts.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('coordination_messages', table => {
    table.comment('Messages between agents (§3.2): header, body, metadata');
    table.string('id', 36).primary().notNullable();
    table
      .string('from_agent', 64)
      .notNullable()
      .comment('Framework agent key of the sender');
    table
      .string('to_agent', 64)
      .notNullable()
      .comment('Framework agent key, or the broadcast recipient (ALL)');
    table.string('priority', 16).notNullable();
    table
      .string('type', 32)
      .notNullable()
      .comment('REQUEST, RESPONSE, UPDATE, ALERT');
    table.string('subject', 200).notNullable();
    table.text('content', 'longtext').notNullable().comment('Markdown');
    table
      .text('artifacts', 'longtext')
      .notNullable()
      .comment('JSON: [{ path, type }]');
    table
      .text('dependencies', 'longtext')
      .notNullable()
      .comment('JSON: [{ agent, artifact, status }]');
    table
      .string('correlation_id', 64)
      .nullable()
      .comment("A REQUEST's own id; for a RESPONSE, the REQUEST it answers");
    table.string('thread_id', 64).notNullable();
    table.text('tags').notNullable().comment('JSON: labels');
    table.string('sent_at', 24).notNullable();
    table
      .string('response_due_at', 24)
      .nullable()
      .comment('A REQUEST: sent_at + the response SLA');
    table.string('answered_at', 24).nullable();
    table.string('answered_by', 36).nullable().comment('The first RESPONSE');
    table
      .string('overdue_at', 24)
      .nullable()
      .comment('When the sweep flagged the REQUEST overdue');
    table
      .string('due_at', 24)
      .nullable()
      .comment(
        'When the overdue sweep acts on it: unanswered, unflagged REQUESTs only',
      );
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    // An inbox (to an agent, or to ALL), a sender's messages and a thread, newest first.
    table.index(['to_agent', 'sent_at', 'id'], 'coordination_messages_to_idx');
    table.index(
      ['from_agent', 'sent_at', 'id'],
      'coordination_messages_from_idx',
    );
    table.index(
      ['thread_id', 'sent_at', 'id'],
      'coordination_messages_thread_idx',
    );
    table.index(['sent_at', 'id'], 'coordination_messages_sent_idx');
    table.index(['correlation_id'], 'coordination_messages_correlation_idx');
    // The overdue sweep's one query: due by now, oldest first, ties by id.
    table.index(['due_at', 'id'], 'coordination_messages_due_idx');
  });

  await knex.schema.createTable('coordination_message_reads', table => {
    table.comment(
      'Read receipts: one per message and recipient agent that read it',
    );
    table
      .string('message_id', 36)
      .notNullable()
      .references('id')
      .inTable('coordination_messages')
      .onDelete('CASCADE');
    table.string('agent', 64).notNullable();
    table.string('read_at', 24).notNullable();
    table
      .string('read_by', 255)
      .notNullable()
      .comment('The principal that marked it read');
    table.primary(['message_id', 'agent']);
    table.index(
      ['agent', 'message_id'],
      'coordination_message_reads_agent_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('coordination_message_reads');
  await knex.schema.dropTable('coordination_messages');
};
