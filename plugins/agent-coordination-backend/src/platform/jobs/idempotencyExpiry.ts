import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import type { Knex } from 'knex';
import { deleteIdempotencyKeysBefore } from '../store/idempotency';

const KEY = 'agentCoordination.idempotency.keyLifetime';

/** A day: longer than any client's retry window, short enough that the table stays small. */
export const DEFAULT_KEY_LIFETIME: HumanDuration = { days: 1 };

/**
 * How long a stored answer to an Idempotency-Key is replayed. Read at
 * start-up; a value that is not a duration, or under a minute (shorter than
 * a client's retries after a restart), stops the backend with the key named.
 */
export function readKeyLifetime(config: Config): number {
  const ms = config.has(KEY)
    ? durationToMilliseconds(readDurationFromConfig(config, { key: KEY }))
    : durationToMilliseconds(DEFAULT_KEY_LIFETIME);
  if (!(ms >= 60_000)) {
    throw new Error(
      `${KEY} must be at least one minute (a client retries with its key for that long); got ${ms} ms`,
    );
  }
  return ms;
}

/** Deletes every key stored more than `lifetimeMs` before `now`. */
export function expireIdempotencyKeys(
  db: Knex,
  lifetimeMs: number,
  now: Date,
): Promise<number> {
  return deleteIdempotencyKeysBefore(
    db,
    new Date(now.getTime() - lifetimeMs).toISOString(),
  );
}

/**
 * Hourly, through the Backstage scheduler: a global task, so with several
 * replicas on one database one of them runs it at a time.
 */
export async function scheduleIdempotencyExpiry(options: {
  scheduler: SchedulerService;
  db: Knex;
  lifetimeMs: number;
  logger: LoggerService;
  now?: () => Date;
}) {
  const now = options.now ?? (() => new Date());
  await options.scheduler.scheduleTask({
    id: 'agent-coordination-idempotency-expiry',
    scope: 'global',
    frequency: { hours: 1 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 1 },
    fn: async () => {
      const n = await expireIdempotencyKeys(
        options.db,
        options.lifetimeMs,
        now(),
      );
      if (n > 0)
        options.logger.info(
          `Expired ${n} idempotency key(s) older than ${
            options.lifetimeMs / 3600_000
          } h`,
        );
    },
  });
}
