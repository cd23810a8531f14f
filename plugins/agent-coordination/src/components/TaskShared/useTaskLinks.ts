import { useMemo, useRef } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { rootRouteRef } from '../../routes';

// Where the app mounts the plugin's page when it cannot say (the page is not
// installed, or a test renders a card alone): the path alpha.tsx gives it.
const DEFAULT_ROOT = '/agent-coordination';

/** Board filters as they appear in its URL. @public */
export interface BoardLinkFilters {
  assignee?: string;
  tier?: number | string;
  component?: string;
  priority?: string;
  label?: string;
  kind?: string;
  text?: string;
}

/** @public */
export interface TaskLinks {
  board(filters?: BoardLinkFilters): string;
  task(id: string): string;
  conflict(id: string): string;
  /** A catalog entity's page, from a full entity ref. */
  entity(entityRef: string): string;
}

function useRootPath(): string {
  // useRouteRef throws after running its hooks when the page is not mounted,
  // so catching keeps the hook order stable.
  try {
    return useRouteRef(rootRouteRef)();
  } catch {
    return DEFAULT_ROOT;
  }
}

function catalogPath(entityRef: string): string {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  return `/catalog/${namespace}/${kind}/${name}`;
}

function useEntityPath(): (entityRef: string) => string {
  // As above: an app without the catalog's entity page still gets a path.
  try {
    return useEntityRefLink();
  } catch {
    return catalogPath;
  }
}

/**
 * Links into the plugin's page (the task board, its filters in the query
 * string so the link can be shared; one task; one conflict) and to catalog
 * entities. The same object for the life of the page: a board hands it to
 * a thousand memoised cards, which a new object per navigation would all
 * re-render.
 * @public
 */
export function useTaskLinks(): TaskLinks {
  const root = useRootPath().replace(/\/$/, '');
  const entityPathNow = useEntityPath();
  const entityPath = useRef(entityPathNow);
  entityPath.current = entityPathNow;
  return useMemo(
    () => ({
      board(filters = {}) {
        const params = new URLSearchParams();
        for (const [key, value] of Object.entries(filters)) {
          if (value !== undefined && value !== '') {
            params.set(key, String(value));
          }
        }
        const query = params.toString();
        return `${root}/tasks${query ? `?${query}` : ''}`;
      },
      task: id => `${root}/tasks/${encodeURIComponent(id)}`,
      conflict: id => `${root}/conflicts/${encodeURIComponent(id)}`,
      entity: ref => entityPath.current(ref),
    }),
    [root],
  );
}
