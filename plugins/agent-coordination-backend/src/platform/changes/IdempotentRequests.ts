import { ConflictError, CustomErrorBase } from '@backstage/errors';
import type { Knex } from 'knex';
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  isUniqueViolation,
  storeIdempotentResponse,
  type StoredResponse,
} from '../store/idempotency';

/** The same Idempotency-Key reused for a different request. */
export class IdempotencyKeyReusedError extends CustomErrorBase {
  readonly statusCode = 422;
  constructor(message: string) {
    super(message);
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** An Idempotency-Key header and what identifies the request it came with. */
export interface IdempotencyRequest {
  key: string;
  /** METHOD and path, e.g. 'POST /tasks'. */
  route: string;
  /** sha256 of the route and the JSON body. */
  requestHash: string;
}

export interface Done<T> {
  status: number;
  body: T;
  /** Runs after the commit, never for a replay. */
  after: () => Promise<void>;
}

/**
 * Runs a change in one transaction; with a key, at most once per caller and
 * key. The key row is claimed inside the same transaction as the change and
 * filled with the response before commit, so a retry after a lost response
 * gets that response and a failed attempt leaves no trace. Failures (4xx)
 * are not remembered: nothing was done, so doing it again is safe.
 */
export class IdempotentRequests {
  constructor(private readonly db: Knex) {}

  async run<T>(
    principal: string,
    request: IdempotencyRequest | undefined,
    now: Date,
    work: (tx: Knex.Transaction) => Promise<Done<T>>,
  ): Promise<{ status: number; body: T; replayed: boolean }> {
    if (!request) {
      const done = await this.db.transaction(work);
      await done.after();
      return { status: done.status, body: done.body, replayed: false };
    }
    try {
      const outcome = await this.db.transaction(async tx => {
        const stored = await findIdempotencyKey(tx, principal, request.key);
        if (stored) return { replay: replay<T>(stored, request) };
        await claimIdempotencyKey(tx, { principal, ...request, now: now.toISOString() });
        const done = await work(tx);
        await storeIdempotentResponse(tx, principal, request.key, done.status, done.body);
        return { done };
      });
      if (outcome.replay) return outcome.replay;
      await outcome.done.after();
      return { status: outcome.done.status, body: outcome.done.body, replayed: false };
    } catch (error) {
      // A concurrent request with the same key committed first.
      if (!isUniqueViolation(error)) throw error;
      const stored = await findIdempotencyKey(this.db, principal, request.key);
      if (!stored) throw error;
      return replay<T>(stored, request);
    }
  }
}

function replay<T>(stored: StoredResponse, request: IdempotencyRequest) {
  if (stored.route !== request.route || stored.requestHash !== request.requestHash) {
    throw new IdempotencyKeyReusedError(
      `Idempotency-Key '${request.key}' was already used for a different request (${stored.route}); send a new key with a new request`,
    );
  }
  if (stored.status === null) {
    throw new ConflictError(`The request with Idempotency-Key '${request.key}' is still running`);
  }
  return { status: stored.status, body: stored.body as T, replayed: true };
}
