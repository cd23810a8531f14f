import type { AgentCoordinationApi } from '../../api';

interface Entry {
  promise: Promise<unknown>;
  at: number;
}

const caches = new WeakMap<AgentCoordinationApi, Map<string, Entry>>();

/**
 * One answer per API client and key, for `maxAgeMs`: a board, its drawer and
 * two entity cards on one page all need who the user is and which Agent
 * entities exist, and asking once per component would multiply requests on
 * every page. A failure is dropped at once, so the next caller retries.
 */
export function cachedRequest<T>(
  api: AgentCoordinationApi,
  key: string,
  maxAgeMs: number,
  load: () => Promise<T>,
): Promise<T> {
  let cache = caches.get(api);
  if (!cache) {
    cache = new Map();
    caches.set(api, cache);
  }
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < maxAgeMs) return hit.promise as Promise<T>;
  const promise = load();
  const entry = { promise, at: Date.now() };
  cache.set(key, entry);
  promise.catch(() => {
    if (cache!.get(key) === entry) cache!.delete(key);
  });
  return promise;
}
