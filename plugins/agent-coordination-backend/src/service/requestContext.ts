import { InputError } from '@backstage/errors';
import { createHash } from 'crypto';
import type { Request, Response } from 'express';
import type { Actor } from './tasks/Actor';
import type { IdempotencyRequest } from './tasks/IdempotentRequests';
import type { Outcome } from './tasks/TaskService';
import type { RouteContext } from './RouteContext';

/** The caller, as a framework actor. Throws 401 without user or service credentials. */
export async function actorOf(ctx: RouteContext, req: Request): Promise<Actor> {
  const credentials = await ctx.httpAuth.credentials(req, { allow: ['user', 'service'] });
  return ctx.actors.resolve(credentials);
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key, with what must match for a retry to count as the same request. */
export function idempotencyOf(req: Request): IdempotencyRequest | undefined {
  const key = req.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!KEY.test(key)) {
    throw new InputError(
      'Idempotency-Key header: must be 1-255 visible ASCII characters, e.g. a UUID',
    );
  }
  const route = `${req.method} ${req.path}`;
  const requestHash = createHash('sha256')
    .update(JSON.stringify({ route, body: req.body ?? null }))
    .digest('hex');
  return { key, route, requestHash };
}

export function sendOutcome<T>(res: Response, outcome: Outcome<T>) {
  if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
  res.status(outcome.status).json(outcome.body);
}
