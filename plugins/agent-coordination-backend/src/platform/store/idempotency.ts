import type { Knex } from 'knex';
import { IDEMPOTENCY_KEYS, type IdempotencyRow } from './tables';

export interface StoredResponse {
  route: string;
  requestHash: string;
  /** Null while the first request with this key is still running. */
  status: number | null;
  body: unknown;
}

export async function findIdempotencyKey(
  db: Knex,
  principal: string,
  key: string,
): Promise<StoredResponse | undefined> {
  const row = await db<IdempotencyRow>(IDEMPOTENCY_KEYS)
    .where({ principal, key })
    .first();
  if (!row) return undefined;
  return {
    route: row.route,
    requestHash: row.request_hash,
    status: row.status === null ? null : Number(row.status),
    body: row.response === null ? null : JSON.parse(row.response),
  };
}

/**
 * Claims the key before the work starts. The primary key makes a concurrent
 * request with the same key wait on this row and then fail, instead of doing
 * the work a second time.
 */
export async function claimIdempotencyKey(
  tx: Knex,
  row: {
    principal: string;
    key: string;
    route: string;
    requestHash: string;
    now: string;
  },
): Promise<void> {
  await tx(IDEMPOTENCY_KEYS).insert({
    principal: row.principal,
    key: row.key,
    route: row.route,
    request_hash: row.requestHash,
    status: null,
    response: null,
    created_at: row.now,
  });
}

export async function storeIdempotentResponse(
  tx: Knex,
  principal: string,
  key: string,
  status: number,
  body: unknown,
): Promise<void> {
  await tx(IDEMPOTENCY_KEYS)
    .where({ principal, key })
    .update({ status, response: JSON.stringify(body) });
}

/** A duplicate-key error, by each driver's own code. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (
    code === '23505' ||
    code === 'ER_DUP_ENTRY' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/**
 * Deletes the keys stored before `cutoff`, oldest first, at most `batch` per
 * statement so no delete holds its locks for long; returns how many went.
 * A key whose request is still running is newer than any cutoff in use.
 */
export async function deleteIdempotencyKeysBefore(
  db: Knex,
  cutoff: string,
  batch = 1000,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    // The batch's newest key, by the created_at index; ties at the boundary go in the same batch.
    const boundary = await db<IdempotencyRow>(IDEMPOTENCY_KEYS)
      .where('created_at', '<', cutoff)
      .orderBy('created_at')
      .offset(batch - 1)
      .first('created_at');
    const n = await db<IdempotencyRow>(IDEMPOTENCY_KEYS)
      .where(
        'created_at',
        boundary ? '<=' : '<',
        boundary ? boundary.created_at : cutoff,
      )
      .delete();
    deleted += n;
    if (!boundary || n === 0) return deleted;
  }
}
