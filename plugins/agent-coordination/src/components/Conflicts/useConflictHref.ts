import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/**
 * Where a conflict's detail page is: `<plugin root>/conflicts/<id>`, or
 * undefined when the plugin's page is not mounted in this app (an entity card
 * on its own), so that callers show the title without a dead link.
 */
export function useConflictHref(): ((id: string) => string) | undefined {
  let root: string | undefined;
  try {
    // useRouteRef throws for a ref no route is mounted at, after every hook
    // it calls has run, so the hook order stays the same on every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef)();
  } catch {
    root = undefined;
  }
  const href = useCallback(
    (id: string) =>
      `${(root ?? '').replace(/\/$/, '')}/conflicts/${encodeURIComponent(id)}`,
    [root],
  );
  return root === undefined ? undefined : href;
}
