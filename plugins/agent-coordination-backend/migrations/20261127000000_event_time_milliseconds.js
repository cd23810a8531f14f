// @ts-check

/*
 * Event times to the millisecond on MySQL. coordination_events.created_at
 * was created as TIMESTAMP, which MySQL (and MariaDB) store to the second,
 * so events written in the same second could not be told apart by time.
 * PostgreSQL's timestamptz already keeps microseconds; SQLite's
 * CURRENT_TIMESTAMP default has whole seconds, and stays as it is.
 */

/** @param {import('knex').Knex} knex */
function isMysql(knex) {
  return String(knex.client.config.client).includes('mysql');
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (!isMysql(knex)) return;
  await knex.raw(
    'ALTER TABLE coordination_events MODIFY created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)',
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (!isMysql(knex)) return;
  // Back to whole seconds: MySQL rounds the milliseconds away.
  await knex.raw(
    'ALTER TABLE coordination_events MODIFY created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP',
  );
};
