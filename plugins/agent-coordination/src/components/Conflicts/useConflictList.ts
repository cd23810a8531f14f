import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  Conflict,
  ListConflictsQuery,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';

const PAGE = 50;
const MAX_PAGE = 200;

/** @public */
export interface ConflictListState {
  /** The conflicts in the order the backend serves them; undefined until the first answer. */
  items?: Conflict[];
  loading: boolean;
  error?: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  reload(): void;
  loadMore(): void;
}

/**
 * A list of conflicts as the backend orders it (open ones: breached first,
 * then the nearest deadline), one page at a time. A reload asks again for as
 * many as are shown, so a live refresh does not fold pages the user opened.
 * What is shown stays while a reload runs; only the latest answer counts.
 */
export function useConflictList(query: ListConflictsQuery): ConflictListState {
  const api = useApi(agentCoordinationApiRef);
  const key = JSON.stringify(query);
  const [items, setItems] = useState<Conflict[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const request = useRef(0);
  const shown = useRef(0);

  const reload = useCallback(() => {
    const id = ++request.current;
    setLoading(true);
    const parsed = JSON.parse(key) as ListConflictsQuery;
    const limit = Math.min(MAX_PAGE, Math.max(PAGE, shown.current));
    api.listConflicts({ ...parsed, limit }).then(
      page => {
        if (id !== request.current) return;
        shown.current = page.items.length;
        setItems(page.items);
        setCursor(page.nextCursor);
        setError(undefined);
        setLoading(false);
        setLoadingMore(false);
      },
      e => {
        if (id !== request.current) return;
        setError(e);
        setLoading(false);
        setLoadingMore(false);
      },
    );
  }, [api, key]);

  const loadMore = useCallback(() => {
    if (!cursor) return;
    const id = ++request.current;
    setLoadingMore(true);
    const parsed = JSON.parse(key) as ListConflictsQuery;
    api.listConflicts({ ...parsed, cursor, limit: PAGE }).then(
      page => {
        if (id !== request.current) return;
        setItems(prev => {
          const next = [...(prev ?? []), ...page.items];
          shown.current = next.length;
          return next;
        });
        setCursor(page.nextCursor);
        setError(undefined);
        setLoadingMore(false);
      },
      e => {
        if (id !== request.current) return;
        setError(e);
        setLoadingMore(false);
      },
    );
  }, [api, key, cursor]);

  useEffect(() => {
    shown.current = 0;
    setItems(undefined);
    reload();
  }, [reload]);

  return {
    items,
    loading,
    error,
    hasMore: cursor !== null,
    loadingMore,
    reload,
    loadMore,
  };
}
