import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import type { CoordinationAgent } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { useCoordinationFramework } from '../../hooks';
import { humanizeAgentKey } from '../AgentName';

/** Framework agent keys as people read them, and their Agent entity pages. */
export interface AgentDirectory {
  /** The framework's agents (empty until the framework has loaded). */
  agents: CoordinationAgent[];
  nameOf(key: string): string;
  /** The Agent entity whose spec.agentId is this agent's id, if the catalog has one. */
  entityRefOf(key: string): string | undefined;
}

const fallback: AgentDirectory = {
  agents: [],
  nameOf: humanizeAgentKey,
  entityRefOf: () => undefined,
};

const Context = createContext<AgentDirectory>(fallback);

/**
 * Loads the framework's agents and the catalog's Agent entities once for
 * everything below it. Conflicts name agents by framework key; the catalog
 * knows them by spec.agentId, which is the framework agent's id. Without the
 * catalog (down, or no Agent entities yet) names stay readable, unlinked.
 */
export const AgentDirectoryProvider = ({ children }: { children: ReactNode }) => {
  const api = useApi(agentCoordinationApiRef);
  const { framework } = useCoordinationFramework();
  const { value: list } = useAsync(() => api.getAgents(), [api]);

  const directory = useMemo<AgentDirectory>(() => {
    const byAgentId = new Map(
      (list?.items ?? []).map(a => [a.entity.spec.agentId, a]),
    );
    const byKey = new Map(
      (framework?.agents ?? []).map(agent => [agent.key, byAgentId.get(agent.id)]),
    );
    return {
      agents: framework?.agents ?? [],
      nameOf: key =>
        byKey.get(key)?.entity.metadata.title ?? humanizeAgentKey(key),
      entityRefOf: key => byKey.get(key)?.entityRef,
    };
  }, [framework, list]);

  return <Context.Provider value={directory}>{children}</Context.Provider>;
};

export function useAgentDirectory(): AgentDirectory {
  return useContext(Context);
}

/** One framework agent: a link to its entity page when the catalog has one. */
export const AgentLink = ({ agentKey }: { agentKey: string }) => {
  const { nameOf, entityRefOf } = useAgentDirectory();
  const ref = entityRefOf(agentKey);
  const name = nameOf(agentKey);
  return ref ? (
    <EntityRefLink entityRef={ref} title={name} />
  ) : (
    <span title={agentKey}>{name}</span>
  );
};

/** Several agents, comma-separated. */
export const AgentLinks = ({
  agents,
  none = 'None',
}: {
  agents: readonly string[];
  none?: string;
}) => {
  if (agents.length === 0) return <>{none}</>;
  return (
    <>
      {agents.map((key, i) => (
        <span key={key}>
          {i > 0 && ', '}
          <AgentLink agentKey={key} />
        </span>
      ))}
    </>
  );
};
