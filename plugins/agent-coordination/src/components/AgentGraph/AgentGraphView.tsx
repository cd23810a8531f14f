import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { AgentDependencyGraph } from './AgentDependencyGraph';
import { GraphAnalysisSummary } from './GraphAnalysisSummary';

/**
 * The Dependency graph tab: every agent, how they depend on each other and
 * what the analysis found.
 * @public
 */
export const AgentGraphView = () => {
  const api = useApi(agentCoordinationApiRef);
  const { value, loading, error } = useAsync(() => api.getAgentGraph(), [api]);
  if (loading) return <Progress />;
  if (error) {
    return (
      <BackendErrorPanel
        error={error}
        title="Could not load the dependency graph"
      />
    );
  }
  if (!value) return null;
  return (
    <InfoCard title={`Agent dependencies (${value.nodes.length} agents)`}>
      <GraphAnalysisSummary graph={value} />
      <AgentDependencyGraph graph={value} />
    </InfoCard>
  );
};
