import type { Knex } from 'knex';

/**
 * How a read inside a change transaction sees rows other transactions write.
 *
 * - `plain`: an ordinary read. Enough where a later version-conditional
 *   write catches anything the read missed.
 * - `latest`: the latest committed rows, for decisions that write nothing the
 *   version check would catch, made after a lock that ordered this
 *   transaction behind the ones it depends on. PostgreSQL (READ COMMITTED)
 *   gives every statement a fresh snapshot, so this is a plain read there;
 *   MySQL (REPEATABLE READ) reads from the snapshot of the transaction's first
 *   read, which may predate the lock, so there it is a locking read (LOCK IN
 *   SHARE MODE), the only kind that sees the latest commit.
 * - `share`: the latest committed rows, share-locked until the transaction
 *   ends on every server engine, so a concurrent writer of those rows waits
 *   for this transaction (and this one for it, if it came first).
 *
 * SQLite serializes writing transactions, and knex leaves its locking
 * clauses out.
 */
export type ReadMode = 'plain' | 'latest' | 'share';

export function isMysql(db: Knex): boolean {
  return String(db.client.config.client).includes('mysql');
}

/** Applies `mode` to a SELECT built on `db` (a transaction, for anything but `plain`). */
export function withReadMode<Q extends Knex.QueryBuilder>(db: Knex, query: Q, mode: ReadMode): Q {
  if (mode === 'share' || (mode === 'latest' && isMysql(db))) {
    return query.forShare() as Q;
  }
  return query;
}
