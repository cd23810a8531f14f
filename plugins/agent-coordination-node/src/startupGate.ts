import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RootLifecycleService } from '@backstage/backend-plugin-api';

/** Options of {@link createStartupGate}. @public */
export interface StartupGateOptions {
  /** The root lifecycle: its startup hook fires once every plugin has started. */
  lifecycle: Pick<RootLifecycleService, 'addStartupHook' | 'addShutdownHook'>;
  /** How long a request is held before it is answered 503; default 10 s. */
  holdMs?: number;
  /** The `Retry-After` of a 503, in seconds; default 1. */
  retryAfterSeconds?: number;
  /** Path prefixes to hold; default `['/api/']`. Others (health, the app) pass at once. */
  paths?: string[];
}

/**
 * Whether a request carries a Backstage plugin-to-plugin token (a JWT whose
 * header has `typ: vnd.backstage.plugin`): the backend's own plugins calling
 * each other. Those are not held, so a plugin whose start-up awaits another
 * plugin does not wait for its own start-up to finish; the target plugin's
 * router holds them until that plugin has started, as Backstage always did.
 */
function isPluginToPluginRequest(req: IncomingMessage): boolean {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return false;
  const [jwtHeader, , , extra] = header.slice(7).split('.');
  if (!jwtHeader || extra !== undefined) return false;
  try {
    const decoded = JSON.parse(
      Buffer.from(jwtHeader, 'base64url').toString('utf8'),
    );
    return decoded?.typ === 'vnd.backstage.plugin';
  } catch {
    return false;
  }
}

/** A request held while the backend starts. */
interface Held {
  res: ServerResponse;
  next: (error?: unknown) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/** Backstage's error body for a 503, with `Retry-After`. */
function unavailable(res: ServerResponse, retryAfter: string, message: string) {
  if (res.headersSent) return;
  const body = JSON.stringify({
    error: { name: 'ServiceUnavailableError', message },
    response: { statusCode: 503 },
  });
  res.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': retryAfter,
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** A connect/express middleware: `(req, res, next)`. @public */
export type StartupGate = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * Holds requests to plugin routes while the backend starts.
 *
 * Backstage's root HTTP router listens before plugins have initialised, and
 * mounts each plugin's `/api/<pluginId>` router only when that plugin's
 * dependencies are resolved; until then the root router's not-found handler
 * answers every plugin route with a bare 404, which a client takes as final.
 * Installed first on the root app (`rootHttpRouterServiceFactory({ configure })`),
 * this holds `/api/*` requests until the root lifecycle's startup hook fires
 * (after every plugin has started) and lets them through then; a request held
 * longer than `holdMs`, or still held when the backend shuts down, is answered
 * 503 with `Retry-After` and Backstage's JSON error body. Requests between the
 * backend's own plugins (plugin tokens) pass, as without the gate. After
 * start-up it lets everything through untouched.
 *
 * @public
 */
export function createStartupGate(options: StartupGateOptions): StartupGate {
  const holdMs = options.holdMs ?? 10_000;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const paths = options.paths ?? ['/api/'];
  let state: 'starting' | 'up' | 'down' = 'starting';
  const waiting = new Set<Held>();

  options.lifecycle.addStartupHook(() => {
    if (state !== 'starting') return;
    state = 'up';
    for (const held of waiting) {
      clearTimeout(held.timer);
      held.next();
    }
    waiting.clear();
  });
  options.lifecycle.addShutdownHook(() => {
    state = 'down';
    for (const held of waiting) {
      clearTimeout(held.timer);
      unavailable(held.res, retryAfter, 'Service is shutting down');
    }
    waiting.clear();
  });

  return (req, res, next) => {
    const url = req.url ?? '/';
    if (
      state === 'up' ||
      !paths.some(prefix => url.startsWith(prefix)) ||
      isPluginToPluginRequest(req)
    ) {
      next();
      return;
    }
    if (state === 'down') {
      unavailable(res, retryAfter, 'Service is shutting down');
      return;
    }
    const held: Held = { res, next };
    held.timer = setTimeout(() => {
      if (waiting.delete(held)) {
        unavailable(
          res,
          retryAfter,
          'Service has not started up yet, retry later',
        );
      }
    }, holdMs);
    waiting.add(held);
    // A client that gives up is no longer waited for.
    res.once('close', () => {
      if (waiting.delete(held)) clearTimeout(held.timer);
    });
  };
}
