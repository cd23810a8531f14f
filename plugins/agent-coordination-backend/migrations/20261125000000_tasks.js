// @ts-check

/*
 * Tasks and what hangs off them. Times are stored as ISO 8601 UTC strings
 * rather than engine timestamps: they sort correctly as text, compare the
 * same on SQLite, PostgreSQL and MySQL, and round-trip through the event log
 * unchanged, which the replay check relies on.
 */

/** @param {import('knex').Knex} knex */
function isMysql(knex) {
  return String(knex.client.config.client).includes('mysql');
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('coordination_tasks', table => {
    table.comment('Tasks of the coordination lifecycle (§6)');
    table.string('id', 36).primary().notNullable();
    table.string('title', 200).notNullable();
    table.text('description').nullable();
    table.string('kind', 64).notNullable().comment('Framework work kind id');
    table.string('component', 255).nullable().comment('Catalog entity ref');
    table.string('assignee', 64).nullable().comment('Framework agent key');
    table.string('priority', 2).notNullable();
    table.double('estimate').nullable().comment('Hours');
    table.string('due_date', 10).nullable().comment('YYYY-MM-DD');
    table.string('state', 32).notNullable();
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    // Each list filter leads an index that ends in the keyset order.
    table.index(['created_at', 'id'], 'coordination_tasks_keyset_idx');
    table.index(['state', 'created_at', 'id'], 'coordination_tasks_state_idx');
    table.index(['assignee', 'created_at', 'id'], 'coordination_tasks_assignee_idx');
    table.index(['component', 'created_at', 'id'], 'coordination_tasks_component_idx');
    table.index(['priority', 'created_at', 'id'], 'coordination_tasks_priority_idx');
  });

  await knex.schema.createTable('coordination_task_labels', table => {
    table.comment('Labels of a task, one row each so a label filter can use an index');
    table
      .string('task_id', 36)
      .notNullable()
      .references('id')
      .inTable('coordination_tasks')
      .onDelete('CASCADE');
    table.string('label', 63).notNullable();
    table.primary(['task_id', 'label']);
    table.index(['label', 'task_id'], 'coordination_task_labels_label_idx');
  });

  await knex.schema.createTable('coordination_task_dependencies', table => {
    table.comment('task_id depends on depends_on_id: the latter finishes first');
    table
      .string('task_id', 36)
      .notNullable()
      .references('id')
      .inTable('coordination_tasks')
      .onDelete('CASCADE');
    table
      .string('depends_on_id', 36)
      .notNullable()
      .references('id')
      .inTable('coordination_tasks')
      .onDelete('CASCADE');
    table.boolean('blocking').notNullable();
    table.string('source', 8).notNullable().comment("'rule' or 'explicit'");
    table.string('timeout', 16).notNullable().comment('Framework duration');
    table.string('deadline_at', 24).notNullable();
    table.string('created_at', 24).notNullable();
    table.string('alerted_at', 24).nullable().comment('Set once by the timeout sweep');
    table.integer('version').notNullable().defaultTo(1);
    table.primary(['task_id', 'depends_on_id']);
    table.index(['depends_on_id'], 'coordination_task_deps_target_idx');
    table.index(['blocking', 'alerted_at', 'deadline_at'], 'coordination_task_deps_overdue_idx');
  });

  await knex.schema.createTable('coordination_idempotency_keys', table => {
    table.comment('First response to each Idempotency-Key, per caller');
    table.string('principal', 255).notNullable();
    table.string('key', 255).notNullable();
    table.string('route', 255).notNullable().comment('METHOD path');
    table.string('request_hash', 64).notNullable();
    table.integer('status').nullable().comment('Null while the first request runs');
    table.text('response', 'longtext').nullable();
    table.string('created_at', 24).notNullable();
    table.primary(['principal', 'key']);
  });

  await knex.schema.alterTable('coordination_events', table => {
    table.string('actor_agent', 64).nullable().comment('Framework agent key of the actor');
  });
  if (isMysql(knex)) {
    // TEXT holds 64 KiB on MySQL; a task snapshot with a long description
    // plus JSON escaping can exceed it.
    await knex.raw('ALTER TABLE coordination_events MODIFY `before` LONGTEXT NULL, MODIFY `after` LONGTEXT NULL');
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  // The event log's LONGTEXT columns stay on MySQL: narrowing them back to
  // TEXT would fail (or, without strict mode, truncate) on every event
  // longer than 64 KiB, and the earlier schema works with either.
  await knex.schema.alterTable('coordination_events', table => {
    table.dropColumn('actor_agent');
  });
  await knex.schema.dropTable('coordination_idempotency_keys');
  await knex.schema.dropTable('coordination_task_dependencies');
  await knex.schema.dropTable('coordination_task_labels');
  await knex.schema.dropTable('coordination_tasks');
};
