import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { agentCoordinationApiRef } from '../../api';
import { authorityLevelsOf, useCoordinationFramework } from '../../hooks';
import { useMemo } from 'react';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { useTaskLinks } from '../TaskShared';
import { AgentRegistryTable } from './AgentRegistryTable';

/**
 * The Registry tab: every Agent entity from the catalog.
 * @public
 */
export const AgentRegistry = () => {
  const api = useApi(agentCoordinationApiRef);
  const { value, loading, error } = useAsync(() => api.getAgents(), [api]);
  // Ranks the authority levels; the registry still lists the agents if the
  // framework cannot be loaded.
  const { framework } = useCoordinationFramework();
  const links = useTaskLinks();
  // The board filters by framework agent key; an entity carries the agent's id.
  const boardOf = useMemo(() => {
    const keys = new Map((framework?.agents ?? []).map(a => [a.id, a.key]));
    return (agentId: string) => {
      const key = keys.get(agentId);
      return key ? links.board({ assignee: key }) : undefined;
    };
  }, [framework, links]);
  if (loading) return <Progress />;
  if (error) {
    return (
      <BackendErrorPanel error={error} title="Could not load the agents" />
    );
  }
  return (
    <AgentRegistryTable
      agents={value?.items ?? []}
      authorityLevels={authorityLevelsOf(framework)}
      openTasksLink={boardOf}
    />
  );
};
