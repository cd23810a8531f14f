import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { mkdtempSync, rmSync } from 'fs';
import type { Knex } from 'knex';
import { tmpdir } from 'os';
import { join } from 'path';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { isRetryableTransactionError } from './retryableTransactionError';

// The drivers' own error classes (the repository has no typings for either driver).
const { DatabaseError } = require('pg') as {
  DatabaseError: new (message: string, length: number, name: string) => Error & { code?: string; severity?: string };
};

interface SqliteDatabase {
  exec(sql: string): void;
  close(): void;
}
const Database = require('better-sqlite3') as {
  new (file: string, options?: { timeout?: number }): SqliteDatabase;
  SqliteError: new (message: string, code: string) => Error & { code: string };
};

const { SqliteError } = Database;

/** A pg error as the driver builds it: the SQLSTATE in `code`. */
function pgError(code: string, message: string) {
  const error = new DatabaseError(message, 0, 'error');
  error.code = code;
  error.severity = 'ERROR';
  return error;
}

/** A mysql2 error as the driver builds it (lib/packets/packet.js asError). */
function mysqlError(code: string, errno: number, sqlState: string, message: string) {
  return Object.assign(new Error(message), { code, errno, sqlState, sqlMessage: message });
}

describe('isRetryableTransactionError', () => {
  it.each([
    ['pg deadlock_detected', pgError('40P01', 'deadlock detected')],
    ['pg serialization_failure', pgError('40001', 'could not serialize access due to concurrent update')],
    ['pg lock_not_available', pgError('55P03', 'canceling statement due to lock timeout')],
    [
      'mysql2 ER_LOCK_DEADLOCK',
      mysqlError('ER_LOCK_DEADLOCK', 1213, '40001', 'Deadlock found when trying to get lock; try restarting transaction'),
    ],
    [
      'mysql2 ER_LOCK_WAIT_TIMEOUT',
      mysqlError('ER_LOCK_WAIT_TIMEOUT', 1205, 'HY000', 'Lock wait timeout exceeded; try restarting transaction'),
    ],
    ['a mysql error known only by errno', { errno: 1213 }],
    ['better-sqlite3 SQLITE_BUSY', new SqliteError('database is locked', 'SQLITE_BUSY')],
    ['better-sqlite3 SQLITE_BUSY_SNAPSHOT', new SqliteError('database is locked', 'SQLITE_BUSY_SNAPSHOT')],
  ])('retries %s', (_, error) => {
    expect(isRetryableTransactionError(error)).toBe(true);
  });

  it.each([
    ['pg unique_violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['pg syntax_error', pgError('42601', 'syntax error at or near "x"')],
    ['mysql2 ER_DUP_ENTRY', mysqlError('ER_DUP_ENTRY', 1062, '23000', "Duplicate entry 'x' for key 'PRIMARY'")],
    ['sqlite constraint', new SqliteError('UNIQUE constraint failed', 'SQLITE_CONSTRAINT_PRIMARYKEY')],
    ['a Node system error', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', errno: -111 })],
    ['a plain Error', new Error('deadlock')],
    ['a string', 'deadlock detected'],
    ['null', null],
    ['undefined', undefined],
  ])('does not retry %s', (_, error) => {
    expect(isRetryableTransactionError(error)).toBe(false);
  });
});

/*
 * The same errors as the engines really raise them, through knex. A deadlock
 * needs two transactions each waiting on a row the other updated; a lock wait
 * timeout, one waiting longer than the session allows.
 */
const databases = createTestDatabases();
const PROBE = 'retry_probe';

async function withTwoTransactions(
  knex: Knex,
  run: (a: Knex.Transaction, b: Knex.Transaction) => Promise<unknown[]>,
): Promise<unknown[]> {
  const a = await knex.transaction();
  const b = await knex.transaction();
  try {
    return await run(a, b);
  } finally {
    await a.rollback().catch(() => {});
    await b.rollback().catch(() => {});
  }
}

/** Runs `query`; on failure rolls its transaction back (releasing its locks) and returns the error. */
async function failureOf(tx: Knex.Transaction, query: () => Promise<unknown>): Promise<unknown> {
  try {
    await query();
    return undefined;
  } catch (error) {
    await tx.rollback().catch(() => {});
    return error;
  }
}

const serverEngines = databases.eachSupportedId().filter(([id]) => id !== 'SQLITE_3');

describe.each(serverEngines)('errors raised by %p', (databaseId: TestDatabaseId) => {
  let knex: Knex;
  beforeAll(async () => {
    knex = await databases.init(databaseId);
    await knex.schema.createTable(PROBE, t => {
      t.integer('id').primary();
      t.integer('v');
    });
  }, 60_000);
  beforeEach(async () => {
    await knex(PROBE).delete();
    await knex(PROBE).insert([{ id: 1, v: 0 }, { id: 2, v: 0 }]);
  });

  it('a deadlock is retryable', async () => {
    const errors = await withTwoTransactions(knex, async (a, b) => {
      await a(PROBE).where({ id: 1 }).update({ v: 1 });
      await b(PROBE).where({ id: 2 }).update({ v: 1 });
      return Promise.all([
        failureOf(a, () => a(PROBE).where({ id: 2 }).update({ v: 2 })),
        failureOf(b, () => b(PROBE).where({ id: 1 }).update({ v: 2 })),
      ]);
    });
    const raised = errors.filter(e => e !== undefined);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject(
      databaseId === 'POSTGRES_15' ? { code: '40P01' } : { code: 'ER_LOCK_DEADLOCK', errno: 1213 },
    );
    expect(isRetryableTransactionError(raised[0])).toBe(true);
    recordEngine(databaseId);
  }, 30_000);

  it('a lock wait timeout is retryable', async () => {
    const [error] = await withTwoTransactions(knex, async (a, b) => {
      await a(PROBE).where({ id: 1 }).update({ v: 1 });
      // MySQL's setting outlives the transaction on its pooled connection;
      // this database serves this suite only.
      await b.raw(
        databaseId === 'POSTGRES_15' ? "SET LOCAL lock_timeout = '200ms'" : 'SET SESSION innodb_lock_wait_timeout = 1',
      );
      return [await failureOf(b, () => b(PROBE).where({ id: 1 }).update({ v: 2 }))];
    });
    expect(error).toMatchObject(
      databaseId === 'POSTGRES_15' ? { code: '55P03' } : { code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 },
    );
    expect(isRetryableTransactionError(error)).toBe(true);
  }, 30_000);

  it('a duplicate key is not', async () => {
    const error = await knex(PROBE)
      .insert({ id: 1, v: 0 })
      .then(() => undefined, e => e);
    expect(error).toBeDefined();
    expect(isRetryableTransactionError(error)).toBe(false);
  });

  if (databaseId === 'POSTGRES_15') {
    it('a serialization failure is retryable', async () => {
      const tx = await knex.transaction({ isolationLevel: 'repeatable read' });
      try {
        await tx(PROBE).where({ id: 1 }).first();
        await knex(PROBE).where({ id: 1 }).update({ v: 5 });
        const error = await failureOf(tx, () => tx(PROBE).where({ id: 1 }).update({ v: 6 }));
        expect(error).toMatchObject({ code: '40001' });
        expect(isRetryableTransactionError(error)).toBe(true);
      } finally {
        await tx.rollback().catch(() => {});
      }
    });
  }
});

describe('errors raised by SQLite', () => {
  it('a busy database is retryable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agent-coordination-busy-'));
    const file = join(dir, 'db.sqlite');
    const holder = new Database(file);
    const waiter = new Database(file, { timeout: 0 });
    try {
      holder.exec('BEGIN IMMEDIATE');
      let error: unknown;
      try {
        waiter.exec('BEGIN IMMEDIATE');
      } catch (e) {
        error = e;
      }
      // By name: the driver's native part keeps the SqliteError class of the
      // first test file that loaded it in this worker.
      expect(error).toMatchObject({ name: 'SqliteError', code: 'SQLITE_BUSY' });
      expect(isRetryableTransactionError(error)).toBe(true);
      recordEngine('SQLITE_3');
    } finally {
      holder.close();
      waiter.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
