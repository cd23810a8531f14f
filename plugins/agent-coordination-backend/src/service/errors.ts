import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { ConflictError, CustomErrorBase } from '@backstage/errors';
import type { ErrorRequestHandler } from 'express';

/** A change sent with a version the task no longer has; carries the task as it is now. */
export class StaleVersionError extends ConflictError {
  constructor(readonly task: Task, sentVersion: number) {
    super(
      `Task ${task.id} is at version ${task.version}, not ${sentVersion}: it changed since you read it; the response carries the current task`,
    );
    this.name = 'ConflictError';
  }
}

/** The same Idempotency-Key reused for a different request. */
export class IdempotencyKeyReusedError extends CustomErrorBase {
  readonly statusCode = 422;
  constructor(message: string) {
    super(message);
    this.name = 'IdempotencyKeyReusedError';
  }
}

/**
 * Answers a stale write itself so the body can carry the current task next
 * to the usual Backstage error shape; every other error goes on to the
 * backend's error middleware.
 */
export const staleVersionHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (!(error instanceof StaleVersionError) || res.headersSent) {
    next(error);
    return;
  }
  res.status(409).json({
    error: { name: error.name, message: error.message },
    request: { method: req.method, url: req.url },
    response: { statusCode: 409 },
    task: error.task,
  });
};
