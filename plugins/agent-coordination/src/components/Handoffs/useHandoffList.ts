import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  Handoff,
  ListHandoffsQuery,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { mergeHandoffs } from './handoffViews';

const LIMIT = 100;

export interface HandoffListState {
  /** Undefined until the first answer. */
  items?: Handoff[];
  /** Some query had more than one page: the list shows the latest of each. */
  truncated: boolean;
  loading: boolean;
  error?: unknown;
  reload(): void;
}

/**
 * The handoffs several queries find, merged, the latest change first. What
 * is shown stays while a reload runs; only the latest answer counts.
 */
export function useHandoffList(
  queries: ListHandoffsQuery[],
  limit = LIMIT,
): HandoffListState {
  const api = useApi(agentCoordinationApiRef);
  const key = JSON.stringify(queries);
  const [items, setItems] = useState<Handoff[]>();
  const [truncated, setTruncated] = useState(false);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const request = useRef(0);

  const reload = useCallback(() => {
    const id = ++request.current;
    setLoading(true);
    const parsed = JSON.parse(key) as ListHandoffsQuery[];
    Promise.all(parsed.map(q => api.listHandoffs({ ...q, limit }))).then(
      pages => {
        if (id !== request.current) return;
        setItems(mergeHandoffs(pages.map(p => p.items)));
        setTruncated(pages.some(p => p.nextCursor !== null));
        setError(undefined);
        setLoading(false);
      },
      e => {
        if (id !== request.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [api, key, limit]);

  useEffect(() => {
    setItems(undefined);
    reload();
  }, [reload]);

  return { items, truncated, loading, error, reload };
}
