// @ts-check

/*
 * Idempotency keys expire (agentCoordination.idempotency.keyLifetime, a day
 * by default): the expiry job deletes the oldest keys first, in batches, and
 * needs them in order of age without reading the whole table.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.alterTable('coordination_idempotency_keys', table => {
    table.index(['created_at'], 'coordination_idempotency_keys_created_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('coordination_idempotency_keys', table => {
    table.dropIndex(
      ['created_at'],
      'coordination_idempotency_keys_created_idx',
    );
  });
};
