// @ts-check

/*
 * When each task entered its current state, so a board can say how long a
 * card has been sitting in its column. Existing tasks get their last change
 * as a lower bound: for most that is the move into their state. The column
 * is added with a default rather than altered to NOT NULL afterwards: on
 * SQLite an alter rebuilds the table, which would cascade-delete its labels
 * and dependencies.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.alterTable('coordination_tasks', table => {
    table.string('state_entered_at', 24).notNullable().defaultTo('');
  });
  await knex('coordination_tasks').update({ state_entered_at: knex.ref('updated_at') });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  // knex drops a column on SQLite by rebuilding the table, which cascades to
  // the labels and dependencies; SQLite's own DROP COLUMN (3.35+) does not.
  if (String(knex.client.config.client).includes('sqlite')) {
    await knex.raw('ALTER TABLE ?? DROP COLUMN ??', ['coordination_tasks', 'state_entered_at']);
    return;
  }
  await knex.schema.alterTable('coordination_tasks', table => {
    table.dropColumn('state_entered_at');
  });
};
