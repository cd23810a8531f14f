/*
 * Errors that abort a transaction only because it collided with concurrent
 * ones: the database rolled it back (or gave up waiting), nothing of it was
 * committed, and running the whole transaction again may well succeed.
 * Knex rethrows the driver's own error (with the SQL prepended to its
 * message), so the drivers' fields are what is matched:
 *
 * - pg: `code` is the SQLSTATE. 40P01 deadlock_detected, 40001
 *   serialization_failure, 55P03 lock_not_available (lock_timeout expired).
 * - mysql2: `code` is the symbol and `errno` the number. ER_LOCK_DEADLOCK
 *   (1213, the transaction was rolled back) and ER_LOCK_WAIT_TIMEOUT (1205,
 *   innodb_lock_wait_timeout expired). MariaDB reports the same.
 * - better-sqlite3: `code` SQLITE_BUSY and its extended codes
 *   (SQLITE_BUSY_SNAPSHOT, ...), another connection holding the database.
 */

const PG_CODES = new Set(['40P01', '40001', '55P03']);
const MYSQL_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MYSQL_ERRNOS = new Set([1213, 1205]);

export function isRetryableTransactionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  if (typeof code === 'string') {
    if (PG_CODES.has(code) || MYSQL_CODES.has(code)) return true;
    if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) return true;
  }
  return typeof errno === 'number' && MYSQL_ERRNOS.has(errno);
}
