import type { HttpAuthService } from '@backstage/backend-plugin-api';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import { createHash } from 'crypto';
import type { Request, Response } from 'express';
import { actorFor, type Actor } from '../actors';
import type { IdempotencyRequest } from '../changes/IdempotentRequests';
import type { Outcome } from '../changes/Outcome';

/** Turns a request into the framework actor making it. Throws 401 without user or service credentials. */
export type ActorOf = (req: Request) => Promise<Actor>;

export function actorResolver(httpAuth: HttpAuthService, actors: ActorDirectory): ActorOf {
  return async req => {
    const credentials = await httpAuth.credentials(req, { allow: ['user', 'service'] });
    return actorFor(credentials, actors);
  };
}

/**
 * The request's Idempotency-Key (the document checks its form), with what
 * must match for a retry to count as the same request.
 */
export function idempotencyOf(req: Request): IdempotencyRequest | undefined {
  const key = req.header('idempotency-key');
  if (key === undefined) return undefined;
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
