import type { Knex } from 'knex';
import { LOCKS } from './tables';

/**
 * Takes the named lock, held until `tx` commits or rolls back: a second
 * transaction taking it waits. A table row rather than an advisory lock:
 * MySQL has no transaction-scoped advisory locks, and SQLite ignores FOR
 * UPDATE but serializes writers anyway.
 */
export async function takeLock(tx: Knex.Transaction, name: string): Promise<void> {
  const take = () => tx(LOCKS).where({ name }).forUpdate().first('name');
  if (await take()) return;
  // A migration inserts the rows it needs; should one be missing, put it back.
  await tx(LOCKS).insert({ name }).onConflict('name').ignore();
  await take();
}
