import { useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import type {
  AgentList,
  CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { useCoordinationFramework } from '../../hooks';
import { humanizeAgentKey } from '../AgentName';
import { cachedRequest } from './requestCache';

/** A framework agent, with its Agent entity when the catalog has one. @public */
export interface DirectoryAgent {
  /** Framework key, what tasks name as their assignee: `network_engineer`. */
  key: string;
  /** Framework id, what Agent entities carry as spec.agentId: `agent-004`. */
  id: string;
  tier: number;
  /** The entity's title, else the key in words. */
  title: string;
  entityRef?: string;
}

/** @public */
export interface AgentDirectory {
  agents: DirectoryAgent[];
  byKey: Map<string, DirectoryAgent>;
  byId: Map<string, DirectoryAgent>;
  byEntityRef: Map<string, DirectoryAgent>;
}

/**
 * Joins the framework's agents (keys, ids, tiers) with the catalog's Agent
 * entities (titles, pages) by id. Without the catalog (down, or no Agent
 * entities yet) every agent is still there, only without a page to link.
 */
export function buildAgentDirectory(
  framework: Pick<CoordinationFramework, 'agents'>,
  agents?: AgentList,
): AgentDirectory {
  const entities = new Map(
    (agents?.items ?? []).map(a => [a.entity.spec.agentId, a]),
  );
  const list = framework.agents.map(agent => {
    const summary = entities.get(agent.id);
    return {
      key: agent.key,
      id: agent.id,
      tier: agent.tier,
      title: summary?.entity.metadata.title ?? humanizeAgentKey(agent.key),
      entityRef: summary?.entityRef,
    };
  });
  return {
    agents: list,
    byKey: new Map(list.map(a => [a.key, a])),
    byId: new Map(list.map(a => [a.id, a])),
    byEntityRef: new Map(
      list.flatMap(a => (a.entityRef ? [[a.entityRef, a] as const] : [])),
    ),
  };
}

/** @public */
export interface AgentDirectoryState {
  framework?: CoordinationFramework;
  directory?: AgentDirectory;
  loading: boolean;
  /** The framework could not be loaded; without it there is no directory. */
  error?: Error;
}

const AGENTS_MAX_AGE_MS = 60_000;

/**
 * The framework and its agents as one directory, for every task view: the
 * framework is loaded once per page, the catalog's agents at most once a
 * minute per client, however many cards ask.
 * @public
 */
export function useAgentDirectory(): AgentDirectoryState {
  const api = useApi(agentCoordinationApiRef);
  const { framework, loading, error } = useCoordinationFramework();
  const agents = useAsync(
    () =>
      cachedRequest(api, 'agents', AGENTS_MAX_AGE_MS, () => api.getAgents()),
    [api],
  );
  const directory = useMemo(
    () =>
      framework && !agents.loading
        ? buildAgentDirectory(framework, agents.value)
        : undefined,
    [framework, agents.loading, agents.value],
  );
  return {
    framework,
    directory,
    loading: loading || agents.loading,
    error,
  };
}
