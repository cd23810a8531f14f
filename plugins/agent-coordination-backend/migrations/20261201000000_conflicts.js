// @ts-check

/*
 * Conflicts (framework §4) and the change sets that open ownership
 * conflicts. Times are ISO 8601 UTC strings, as for tasks: they compare the
 * same on every engine and round-trip through the event log unchanged.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('coordination_conflicts', table => {
    table.comment('Conflicts between agents and their escalation (§4)');
    table.string('id', 36).primary().notNullable();
    table.string('type', 64).notNullable().comment('Framework conflict type id');
    table.string('category', 64).nullable().comment('Escalation matrix row id');
    table.string('title', 200).notNullable();
    table.text('description').nullable();
    table.string('status', 16).notNullable().comment("'open' or 'resolved'");
    table.string('level', 2).notNullable().comment('L1, L2 or L3');
    table.string('authority', 64).notNullable().comment("Framework authority id of the current level");
    table.text('parties').notNullable().comment('JSON: framework agent keys');
    table.text('subject').notNullable().comment('JSON: tasks, components, paths');
    table.text('blocks').notNullable().comment('JSON: task ids held blocked');
    table.text('primary_owners').notNullable().comment("JSON: primary owners of the subject's paths");
    table.text('votes', 'longtext').notNullable().comment("JSON: the parties' votes");
    table.text('resolution', 'longtext').nullable().comment('JSON: the decision');
    table.string('opened_at', 24).notNullable();
    table.string('level_entered_at', 24).notNullable();
    table.string('deadline_at', 24).notNullable().comment('When the level escalates; at L3, the breach');
    table.string('breached_at', 24).nullable();
    table.string('due_at', 24).notNullable().comment('When the SLA sweep next acts on it');
    table.string('change_set', 64).nullable();
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    // The SLA sweep's one query: open conflicts due by now, oldest first, ties by id.
    table.index(['status', 'due_at', 'id'], 'coordination_conflicts_due_idx');
    // The matrix page's order: breached and nearest deadline first.
    table.index(['status', 'deadline_at', 'id'], 'coordination_conflicts_deadline_idx');
    table.index(['change_set'], 'coordination_conflicts_change_set_idx');
  });

  await knex.schema.createTable('coordination_conflict_refs', table => {
    table.comment('What a conflict names, one row each, for filters: parties, tasks, components, paths, blocked tasks');
    table
      .string('conflict_id', 36)
      .notNullable()
      .references('id')
      .inTable('coordination_conflicts')
      .onDelete('CASCADE');
    table.string('kind', 16).notNullable().comment('party, task, component, path or block');
    table.string('ref', 255).notNullable();
    table.primary(['conflict_id', 'kind', 'ref']);
    table.index(['kind', 'ref', 'conflict_id'], 'coordination_conflict_refs_ref_idx');
  });

  await knex.schema.createTable('coordination_change_sets', table => {
    table.comment('Change sets checked for ownership conflicts; the same one twice opens nothing twice');
    table.string('id', 64).primary().notNullable().comment('sha256 of the agent and the sorted paths');
    table.string('agent', 64).notNullable();
    table.text('paths', 'longtext').notNullable().comment('JSON');
    table.string('ref', 500).nullable();
    table.string('created_by', 255).notNullable();
    table.string('created_at', 24).notNullable();
  });

  await knex('coordination_locks').insert({ name: 'change_sets' });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex('coordination_locks').where({ name: 'change_sets' }).delete();
  await knex.schema.dropTable('coordination_change_sets');
  await knex.schema.dropTable('coordination_conflict_refs');
  await knex.schema.dropTable('coordination_conflicts');
};
