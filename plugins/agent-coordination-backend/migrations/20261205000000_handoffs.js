// @ts-check

/*
 * Handoffs between agents (framework §3.3, §7.2, Appendix B) and what they
 * name (sender, receiver, task, component, the tasks they block), for
 * filters and for holding tasks. Times are ISO 8601 UTC strings, as for
 * tasks, conflicts and messages.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('coordination_handoffs', table => {
    table.comment('Handoffs between agents (§3.3): stage, content, checks');
    table.string('id', 36).primary().notNullable();
    table.string('title', 200).notNullable();
    table.string('from_agent', 64).notNullable();
    table.string('to_agent', 64).notNullable();
    table.string('task_id', 64).nullable();
    table.string('component', 255).nullable();
    table.text('blocks').notNullable().comment('JSON: task ids');
    table
      .string('stage', 32)
      .notNullable()
      .comment('The last stage passed: initiation ... completion');
    table.string('status', 32).notNullable();
    table
      .text('content', 'longtext')
      .notNullable()
      .comment("JSON: Appendix B's template");
    table.text('attested').notNullable().comment('JSON: attested checks');
    table
      .text('automated_checks', 'longtext')
      .notNullable()
      .comment('JSON: reported automated check results');
    table.text('clarifications', 'longtext').notNullable().comment('JSON');
    table.string('transferred_at', 24).nullable();
    table.string('acknowledgment_due_at', 24).nullable();
    table.string('acknowledged_at', 24).nullable();
    table.string('completed_at', 24).nullable();
    table.string('escalated_at', 24).nullable();
    table.string('escalation_conflict', 36).nullable();
    table
      .string('due_at', 24)
      .nullable()
      .comment(
        'When the SLA sweep acts on it: transferred, unacknowledged, not escalated only',
      );
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    // Lists, newest first, and the SLA sweep's one query (due by now, oldest first, ties by id).
    table.index(['created_at', 'id'], 'coordination_handoffs_created_idx');
    table.index(['due_at', 'id'], 'coordination_handoffs_due_idx');
  });

  await knex.schema.createTable('coordination_handoff_refs', table => {
    table.comment(
      'What a handoff names, by kind: party, task, component, block',
    );
    table
      .string('handoff_id', 36)
      .notNullable()
      .references('id')
      .inTable('coordination_handoffs')
      .onDelete('CASCADE');
    table.string('kind', 16).notNullable();
    table.string('ref', 255).notNullable();
    table.primary(['handoff_id', 'kind', 'ref']);
    table.index(['kind', 'ref'], 'coordination_handoff_refs_ref_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('coordination_handoff_refs');
  await knex.schema.dropTable('coordination_handoffs');
};
