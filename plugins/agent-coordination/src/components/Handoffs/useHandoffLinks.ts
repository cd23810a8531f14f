import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';
import type { HandoffView } from './handoffViews';

/** Where the Handoffs tab and one handoff are, under the plugin's page. */
export interface HandoffLinks {
  list(view?: HandoffView): string;
  /** One handoff (`<plugin root>/handoffs/<id>`, where the backend's notifications point). */
  handoff(id: string): string;
}

/**
 * Links to the Handoffs tab, or undefined when the plugin's page is not
 * mounted in this app (an entity card on its own), so that callers show
 * titles without dead links.
 */
export function useHandoffLinks(): HandoffLinks | undefined {
  let root: string | undefined;
  try {
    // useRouteRef throws for a ref no route is mounted at, after every hook
    // it calls has run, so the hook order stays the same on every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef)();
  } catch {
    root = undefined;
  }
  const base = `${(root ?? '').replace(/\/$/, '')}/handoffs`;
  const list = useCallback(
    (view?: HandoffView) => (view ? `${base}?view=${view}` : base),
    [base],
  );
  const handoff = useCallback(
    (id: string) => `${base}/${encodeURIComponent(id)}`,
    [base],
  );
  return root === undefined ? undefined : { list, handoff };
}
