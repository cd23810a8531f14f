import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { agentCoordinationApiRef } from '../../api';
import { AgentRegistryTable } from './AgentRegistryTable';

/**
 * The Registry tab: every Agent entity from the catalog.
 * @public
 */
export const AgentRegistry = () => {
  const api = useApi(agentCoordinationApiRef);
  const { value, loading, error } = useAsync(() => api.getAgents(), [api]);
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  return <AgentRegistryTable agents={value?.items ?? []} />;
};
