// @ts-check

/**
 * The append-only event log: every change to coordination state writes one
 * row here in the same transaction as the state it changes, so the log can
 * rebuild state and answers "who did what, when, and why".
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('coordination_events', table => {
    table.comment('Append-only log of every coordination change');
    table.bigIncrements('id').primary();
    table.string('type', 64).notNullable().comment('e.g. task.created');
    table.string('actor', 255).notNullable().comment('Entity ref of who did it');
    table.string('subject_type', 32).notNullable();
    table.string('subject_id', 64).notNullable();
    table.text('before').nullable().comment('JSON of the row before');
    table.text('after').nullable().comment('JSON of the row after');
    table.text('reason').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.index(['subject_type', 'subject_id', 'id'], 'coordination_events_subject_idx');
    table.index(['created_at'], 'coordination_events_created_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('coordination_events');
};
