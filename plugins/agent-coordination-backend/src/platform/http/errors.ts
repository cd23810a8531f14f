import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ErrorRequestHandler } from 'express';
import { RefusalError, StaleVersionError } from '../changes/errors';

/** An error with its HTTP status, for the statuses Backstage has no error class for (405, 413, 415). */
export class HttpStatusError extends Error {
  constructor(
    readonly statusCode: number,
    name: string,
    message: string,
  ) {
    super(message);
    this.name = name;
  }
}

/** The names of Backstage's error classes and their statuses (as its error middleware maps them). */
const BACKSTAGE_STATUS: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  NotModifiedError: 304,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

function statusOf(error: { name?: string; statusCode?: unknown; status?: unknown }): number {
  for (const s of [error.statusCode, error.status]) {
    if (typeof s === 'number' && Number.isInteger(s) && s >= 400 && s <= 599) return s;
  }
  return BACKSTAGE_STATUS[error.name ?? ''] ?? 500;
}

/**
 * The plugin's error answers, in Backstage's error body shape
 * (`{ error: { name, message }, request, response: { statusCode } }`).
 *
 * DECISION: clients never see stack traces or server internals, in any
 * environment. A 4xx says what was wrong with the request, in words made to
 * be shown; a refusal by the framework's rules adds `error.code`, the rule's
 * name. A 500 is a defect: its details (stack, SQL) go to the log, with the
 * request, and the client gets a plain "internal error". Backstage's own
 * error middleware would include stack traces whenever NODE_ENV is
 * development, which `yarn start` and the portal's dev server set.
 */
export function errorHandler(logger: Pick<LoggerService, 'error'>): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const request = { method: req.method, url: req.originalUrl ?? req.url };
    if (error instanceof RefusalError) {
      res.status(error.statusCode).json({
        error: { name: error.name, message: error.message, code: error.code, ...error.refusal.details },
        request,
        response: { statusCode: error.statusCode },
      });
      return;
    }
    if (error instanceof StaleVersionError) {
      res.status(409).json({
        error: { name: error.name, message: error.message, code: 'stale_version' },
        request,
        response: { statusCode: 409 },
        [error.key]: error.current,
      });
      return;
    }
    const status = statusOf(error ?? {});
    if (status >= 500 && status !== 503) {
      logger.error(`${request.method} ${request.url} failed with ${status}`, error);
      res.status(status).json({
        error: { name: 'InternalError', message: 'Internal error: the request failed on the server; its log has the details' },
        request,
        response: { statusCode: status },
      });
      return;
    }
    if (error?.headers && typeof error.headers === 'object') res.set(error.headers);
    res.status(status).json({
      error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) },
      request,
      response: { statusCode: status },
    });
  };
}
