import type { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { Actor } from '../actors';
import type { NewEvent } from '../store/events';
import { isRetryableTransactionError } from '../store/retryableTransactionError';
import type { ChangeAnnouncer } from './ChangeAnnouncer';
import { StaleVersionError, StaleWrite, type SubjectRef } from './errors';
import { EventWriter } from './EventWriter';
import { IdempotentRequests, type IdempotencyRequest } from './IdempotentRequests';
import type { Outcome } from './Outcome';

/** How often a change is run again when a subject it touched on the side (not the one asked for) moved concurrently. */
const SIDE_CONFLICT_RETRIES = 3;

/**
 * How often a change is run again when the database aborted its transaction
 * for colliding with concurrent ones (deadlock, serialization failure, lock
 * wait timeout), and the base of the jittered pause before each run: about
 * 10-30 ms, then 20-60, then 40-120.
 */
const COLLISION_RETRIES = 3;
const COLLISION_BACKOFF_MS = 20;

/** How a noun answers a stale write on one of its subjects: the subject as it is now. */
export type StaleAnswer = (
  id: string,
  sentVersion: number,
) => Promise<StaleVersionError>;

export interface ChangeRequest<T> {
  actor: Actor;
  /** The status of a success, e.g. 201 for a creation. */
  status: number;
  /** The subject the caller named: a stale write on it is the caller's 409, on any other subject a retry. */
  subject?: SubjectRef;
  idempotency?: IdempotencyRequest;
  /** The change: reads, rule checks and writes, all in the one transaction. Its result is the response body. */
  work: (writer: EventWriter) => Promise<T>;
}

/**
 * The one shape of a change, for every noun: one transaction holding the
 * state rows and their events (and an Idempotency-Key's claim and answer),
 * run again with jitter when the database aborts it for colliding with
 * another (then a 503, having written nothing), and announced after the
 * commit, never before.
 */
export class ChangeRunner {
  private readonly idempotency: IdempotentRequests;
  private readonly staleAnswers = new Map<string, StaleAnswer>();

  constructor(
    private readonly options: {
      db: Knex;
      announcer: ChangeAnnouncer;
      clock?: () => Date;
      logger?: Pick<LoggerService, 'warn'>;
    },
  ) {
    this.idempotency = new IdempotentRequests(options.db);
  }

  get db(): Knex {
    return this.options.db;
  }

  now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  /** For writes committed outside run (a group commit): tells the listeners, never throws. */
  announce(events: NewEvent[]): Promise<void> {
    return this.options.announcer.announce(events);
  }

  /** A noun says how to answer a stale write on its subjects. */
  answerStaleWrites(subjectType: string, answer: StaleAnswer): void {
    this.staleAnswers.set(subjectType, answer);
  }

  async run<T>(request: ChangeRequest<T>): Promise<Outcome<T>> {
    let sideConflicts = 0;
    let collisions = 0;
    for (;;) {
      try {
        return await this.idempotency.run<T>(request.actor.principal, request.idempotency, this.now(), async tx => {
          const writer = new EventWriter(tx, request.actor, this.now());
          const body = await request.work(writer);
          return {
            status: request.status,
            body,
            after: () => this.options.announcer.announce(writer.events),
          };
        });
      } catch (error) {
        if (isRetryableTransactionError(error)) {
          // The whole transaction was rolled back, an Idempotency-Key's claim
          // included, so running it again from the start is safe: it claims
          // the key again, or replays a response committed meanwhile.
          if (collisions++ < COLLISION_RETRIES) {
            await this.pauseBeforeRetry(collisions);
            continue;
          }
          throw this.unavailable(error as Error, collisions);
        }
        if (!(error instanceof StaleWrite)) throw error;
        const own = request.subject && sameSubject(error.subject, request.subject);
        if (!own && sideConflicts++ < SIDE_CONFLICT_RETRIES) continue;
        throw await this.staleAnswer(error);
      }
    }
  }

  /** The plugin's own change (a job's): no caller, no key, announced after the commit. */
  async system<T>(actor: Actor, work: (writer: EventWriter) => Promise<T>): Promise<T> {
    const outcome = await this.run({ actor, status: 200, work });
    return outcome.body;
  }

  /** Jittered, so transactions that deadlocked each other do not meet again in step. */
  private pauseBeforeRetry(retry: number): Promise<void> {
    const ms = COLLISION_BACKOFF_MS * 2 ** (retry - 1) * (0.5 + Math.random());
    return new Promise(resolve => setTimeout(resolve, ms));
  }

  /** The 503 for a change that kept colliding; the database's error (with its SQL) goes to the log only. */
  private unavailable(error: Error, attempts: number): ServiceUnavailableError {
    this.options.logger?.warn(`agent-coordination change aborted by the database ${attempts} times`, error);
    return new ServiceUnavailableError(
      `The change was not applied: the database aborted it ${attempts} times because it collided with concurrent changes (deadlock or lock timeout). Nothing was written; send the request again.`,
    );
  }

  private async staleAnswer(error: StaleWrite): Promise<Error> {
    const answer = this.staleAnswers.get(error.subject.type);
    if (!answer) return error;
    return answer(error.subject.id, error.sentVersion);
  }
}

function sameSubject(a: SubjectRef, b: SubjectRef): boolean {
  return a.type === b.type && a.id === b.id;
}
