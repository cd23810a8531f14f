// @ts-check

/*
 * A lock for changes that must not run side by side. Its one row is taken
 * FOR UPDATE at the start of every dependency addition, so additions run one
 * at a time: each checks for a cycle against a graph that includes every
 * edge committed before it. Without it two additions that together close a
 * cycle (A -> B and B -> A) can each see an acyclic graph on PostgreSQL and
 * MySQL. A table row rather than an advisory lock: MySQL has no
 * transaction-scoped advisory locks, and SQLite ignores FOR UPDATE but
 * serializes writers anyway.
 */

const LOCKS = 'coordination_locks';

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable(LOCKS, table => {
    table.comment('One row per lock; a transaction holds a lock by selecting its row FOR UPDATE');
    table.string('name', 64).primary().notNullable();
  });
  await knex(LOCKS).insert({ name: 'dependency_graph' });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(LOCKS);
};
