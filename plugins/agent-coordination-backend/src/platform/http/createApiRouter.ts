import express, {
  type NextFunction,
  type Request,
  type Response,
  type Router,
} from 'express';
import Router_ from 'express-promise-router';
import * as OpenApiValidator from 'express-openapi-validator';
import { InputError } from '@backstage/errors';
import { spec } from '../../schema/openapi.generated';
import { HttpStatusError } from './errors';

/** JSON bodies beyond this are refused with a 413. */
const BODY_LIMIT = '256kb';

/*
 * The plugin's router, validated against its OpenAPI document. Backstage's
 * createValidatedOpenApiRouter (@backstage/backend-openapi-utils) wraps the
 * same validator, express-openapi-validator, but turns each of its errors
 * into a plain 400 with the validator's message: a wrong Content-Type became
 * "400 unsupported media type" and an unknown field "request/body must NOT
 * have additional properties" without its name. This keeps the validator,
 * its options as Backstage sets them, and answers with the status and a
 * message that names each field.
 */
export function createApiRouter(): Router {
  const router = Router_();
  router.use(express.json({ limit: BODY_LIMIT }));
  router.use(rejectNulCharacters);
  router.use(validateBySection());
  router.use(translateRequestErrors);
  return router;
}

/** The path's first segment: `/tasks/{id}/transitions` is in section `tasks`. */
function sectionOf(path: string): string {
  return path.split('/')[1] ?? '';
}

/*
 * One validator per section of the document instead of one for all of it:
 * express-openapi-validator finds a request's operation by compiling every
 * path of its document to a regular expression, on every request. With one
 * validator, that cost grew with each noun's routes (measured: 4 % of the
 * backend's CPU under the transitions benchmark with 25 paths); per section
 * a request pays for its own noun's few.
 */
function validateBySection(): express.RequestHandler {
  const document = spec as unknown as { paths: Record<string, unknown> };
  const sections = new Map<string, Record<string, unknown>>();
  for (const [path, item] of Object.entries(document.paths)) {
    const paths = sections.get(sectionOf(path)) ?? {};
    paths[path] = item;
    sections.set(sectionOf(path), paths);
  }
  const validators = new Map<string, express.Router>();
  for (const [section, paths] of sections) {
    const validator = express.Router();
    validator.use(
      OpenApiValidator.middleware({
        apiSpec: {
          ...structuredClone(spec),
          paths: structuredClone(paths),
        } as never,
        validateRequests: {
          coerceTypes: false,
          allowUnknownQueryParameters: false,
          allErrors: true,
        },
        validateResponses: false,
        // Credentials are Backstage's httpAuth's business, not the document's.
        validateSecurity: false,
        validateFormats: true,
        ajvFormats: { mode: 'full' },
        ignoreUndocumented: true,
        useRequestUrl: true,
      }),
    );
    validators.set(section, validator);
  }
  return (req, res, next) => {
    const validator = validators.get(sectionOf(req.path));
    if (validator) validator(req, res, next);
    else next();
  };
}

/** `body.title`, as a caller would write the field. */
function fieldOf(path: string): string {
  const parts = path
    .replace(/^\/?(request\/)?/, '')
    .split('/')
    .filter(Boolean);
  const [where, ...rest] = parts;
  if (rest.length === 0) return where ?? 'request';
  return rest
    .map((p, i) => {
      if (/^\d+$/.test(p)) return `[${p}]`;
      return i === 0 ? p : `.${p}`;
    })
    .join('');
}

function describe(error: {
  path?: string;
  message: string;
  errorCode?: string;
}): string {
  const field = fieldOf(error.path ?? '');
  if (error.errorCode === 'additionalProperties.openapi.validation')
    return `${field}: unknown field`;
  if (error.errorCode === 'required.openapi.validation')
    return `${field}: required`;
  return `${field}: ${error.message}`;
}

/**
 * The validator's errors as Backstage errors: 400s name every offending
 * field at once, so a caller can fix them all in one go; 413, 415 and 405
 * keep their status.
 */
function translateRequestErrors(
  error: unknown,
  _req: Request,
  _res: Response,
  next: NextFunction,
) {
  const e = error as {
    status?: number;
    type?: string;
    message?: string;
    errors?: Array<{ path?: string; message: string; errorCode?: string }>;
  };
  if (e?.type === 'entity.parse.failed') {
    next(new InputError(`Invalid request body: not valid JSON (${e.message})`));
    return;
  }
  if (e?.type === 'entity.too.large') {
    next(
      new HttpStatusError(
        413,
        'PayloadTooLargeError',
        `Request body over ${BODY_LIMIT}`,
      ),
    );
    return;
  }
  if (typeof e?.status !== 'number' || !Array.isArray(e.errors)) {
    next(error);
    return;
  }
  if (e.status === 415) {
    next(
      new HttpStatusError(
        415,
        'UnsupportedMediaTypeError',
        `Send the body as JSON with Content-Type: application/json (${
          e.message ?? 'unsupported media type'
        })`,
      ),
    );
    return;
  }
  if (e.status === 400) {
    const where = e.errors.some(x => (x.path ?? '').includes('body'))
      ? 'body'
      : 'query';
    next(
      new InputError(
        `Invalid request ${where}: ${e.errors.map(describe).join('; ')}`,
      ),
    );
    return;
  }
  next(
    new HttpStatusError(
      e.status,
      'RequestError',
      e.message ?? 'Invalid request',
    ),
  );
}

function containsNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string')
    return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = containsNul(v, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000'))
        return `${path}.${k.split('\u0000').join('\\u0000')}`;
      const found = containsNul(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * No text with NUL characters, anywhere in a request: PostgreSQL cannot
 * store them in text and would fail the request with a 500, SQLite and MySQL
 * would store them. One answer on every engine, a 400 naming where.
 */
function rejectNulCharacters(req: Request, _res: Response, next: NextFunction) {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    next(
      new InputError(
        `Invalid request path: malformed percent-encoding in '${req.path}'`,
      ),
    );
    return;
  }
  const found =
    (path.includes('\u0000') ? 'path' : undefined) ??
    containsNul(req.query, 'query') ??
    containsNul(req.body, 'body');
  if (found) {
    next(
      new InputError(
        `Invalid request: ${found} must not contain NUL (\\u0000) characters`,
      ),
    );
    return;
  }
  next();
}
