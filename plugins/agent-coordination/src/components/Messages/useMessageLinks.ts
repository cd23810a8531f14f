import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/** Where the Messages tab and one message are, under the plugin's page. */
export interface MessageLinks {
  /** The inbox of `agent` (the user's own when omitted). */
  inbox(agent?: string): string;
  /** One message and its thread, opened from `agent`'s inbox. */
  message(id: string, agent?: string): string;
}

const withAgent = (path: string, agent?: string) =>
  agent ? `${path}?agent=${encodeURIComponent(agent)}` : path;

/**
 * Links to the Messages tab (`<plugin root>/messages`) and a message
 * (`<plugin root>/messages/<id>`, where the backend's notifications point),
 * or undefined when the plugin's page is not mounted in this app (an entity
 * card on its own), so that callers show titles without dead links.
 */
export function useMessageLinks(): MessageLinks | undefined {
  let root: string | undefined;
  try {
    // useRouteRef throws for a ref no route is mounted at, after every hook
    // it calls has run, so the hook order stays the same on every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef)();
  } catch {
    root = undefined;
  }
  const base = `${(root ?? '').replace(/\/$/, '')}/messages`;
  const inbox = useCallback((agent?: string) => withAgent(base, agent), [base]);
  const message = useCallback(
    (id: string, agent?: string) =>
      withAgent(`${base}/${encodeURIComponent(id)}`, agent),
    [base],
  );
  return root === undefined ? undefined : { inbox, message };
}
