import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef, type AgentCoordinationApi } from '../api';

// The backend loads the framework once, at start-up, so one answer per page
// load serves every component that needs it: a catalog table with a row per
// agent would otherwise ask once per cell.
const requests = new WeakMap<
  AgentCoordinationApi,
  Promise<CoordinationFramework>
>();

function loadFramework(
  api: AgentCoordinationApi,
): Promise<CoordinationFramework> {
  let request = requests.get(api);
  if (!request) {
    request = api.getFramework();
    requests.set(api, request);
    // A failure is not kept: the next component to ask tries again.
    request.catch(() => requests.delete(api));
  }
  return request;
}

/** @public */
export interface CoordinationFrameworkState {
  framework?: CoordinationFramework;
  loading: boolean;
  error?: Error;
}

/**
 * The framework the backend serves (tiers, authority levels, agents), asked
 * for once and shared by every component that uses this hook.
 * @public
 */
export function useCoordinationFramework(): CoordinationFrameworkState {
  const api = useApi(agentCoordinationApiRef);
  const { value, loading, error } = useAsync(() => loadFramework(api), [api]);
  return { framework: value, loading, error };
}

const levelIds = new WeakMap<CoordinationFramework, string[]>();

/**
 * The framework's authority level ids, highest first; undefined until the
 * framework has loaded (or when it cannot be). The same array for the same
 * framework, so that it can be a dependency of memoised table columns.
 */
export function authorityLevelsOf(
  framework?: CoordinationFramework,
): string[] | undefined {
  if (!framework) return undefined;
  let ids = levelIds.get(framework);
  if (!ids) {
    ids = framework.authorityLevels.map(level => level.id);
    levelIds.set(framework, ids);
  }
  return ids;
}
