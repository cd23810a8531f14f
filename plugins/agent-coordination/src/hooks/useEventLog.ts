import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  CoordinationEvent,
  EventPage,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef, type AgentCoordinationApi } from '../api';

// The timeline is oldest first, so what just happened is on the last page:
// a refresh reads every page, up to this many, rather than only the first.
const MAX_PAGES = 10;

/** One subject's event log, oldest first, a page at a time. */
export interface EventLogState {
  items?: CoordinationEvent[];
  loading: boolean;
  error?: unknown;
  hasMore: boolean;
  reload(): void;
  loadMore(): void;
}

/**
 * The event log of one subject (a conflict, a handoff) as `readPage`
 * serves it from the API. `readPage` must be stable (a module-level
 * function), or every render reads again.
 */
export function useEventLog(
  id: string,
  readPage: (
    api: AgentCoordinationApi,
    id: string,
    cursor?: string,
  ) => Promise<EventPage>,
): EventLogState {
  const api = useApi(agentCoordinationApiRef);
  const [items, setItems] = useState<CoordinationEvent[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const request = useRef(0);

  const read = useCallback(
    async (from: string | undefined, prefix: CoordinationEvent[]) => {
      const call = ++request.current;
      setLoading(true);
      try {
        let all = prefix;
        let next: string | null | undefined = from;
        for (let page = 0; page < MAX_PAGES; page++) {
          const answer = await readPage(api, id, next ?? undefined);
          all = [...all, ...answer.items];
          next = answer.nextCursor;
          if (!next) break;
        }
        if (call !== request.current) return;
        setItems(all);
        setCursor(next ?? null);
        setError(undefined);
      } catch (e) {
        if (call === request.current) setError(e);
      } finally {
        if (call === request.current) setLoading(false);
      }
    },
    [api, id, readPage],
  );

  const reload = useCallback(() => {
    read(undefined, []);
  }, [read]);

  const loadMore = useCallback(() => {
    if (cursor) read(cursor, items ?? []);
  }, [read, cursor, items]);

  useEffect(() => {
    setItems(undefined);
    reload();
  }, [reload]);

  return { items, loading, error, hasMore: cursor !== null, reload, loadMore };
}
