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
  const row = await db<IdempotencyRow>(IDEMPOTENCY_KEYS).where({ principal, key }).first();
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
  row: { principal: string; key: string; route: string; requestHash: string; now: string },
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
