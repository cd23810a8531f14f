import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityRefLinks,
  getEntityRelations,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import {
  RELATION_OWNS_PATH_OF,
  type AgentGraph,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { AgentDependencyGraph } from '../AgentGraph';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { EntityAgentConflictsCard } from '../EntityAgentConflictsCard';
import { EntityAgentHandoffsCard } from '../EntityAgentHandoffsCard';
import { EntityAgentMessagesCard } from '../EntityAgentMessagesCard';
import { EntityAgentOverviewCard } from '../EntityAgentOverviewCard';
import { EntityAgentTasksCard } from '../EntityAgentTasksCard';
import { neighbourhood } from './neighbourhood';

function Schedule({
  graph,
  agentRef,
}: {
  graph: AgentGraph;
  agentRef: string;
}) {
  const { order, cyclic, criticalPath } = graph.analysis;
  const step = order.indexOf(agentRef);
  let position: string;
  if (cyclic.includes(agentRef)) {
    position =
      'In a blocking dependency cycle: it cannot be scheduled until the cycle is broken.';
  } else {
    position = `Step ${step + 1} of ${order.length} in dependency-first order.`;
  }
  const critical = criticalPath.path.indexOf(agentRef);
  return (
    <div data-testid="agent-schedule">
      <Typography variant="body2" paragraph>
        {position}
      </Typography>
      <Typography variant="body2">
        {critical === -1
          ? 'Not on the critical path.'
          : `On the critical path (${critical + 1} of ${
              criticalPath.path.length
            }): a delay here delays the longest chain of work.`}
      </Typography>
    </div>
  );
}

/**
 * The Coordination tab of an Agent: the overview card, where the agent
 * stands in the schedule, the components whose paths it owns, its tasks,
 * conflicts and inbox, and its neighbourhood in the dependency graph.
 * @public
 */
export const EntityAgentCoordinationContent = () => {
  const { entity } = useEntity();
  const api = useApi(agentCoordinationApiRef);
  const agentRef = stringifyEntityRef(entity);
  const {
    value: graph,
    loading,
    error,
  } = useAsync(() => api.getAgentGraph(), [api]);
  const components = getEntityRelations(entity, RELATION_OWNS_PATH_OF);

  let schedule;
  let neighbours;
  if (loading) {
    schedule = neighbours = <Progress />;
  } else if (error) {
    schedule = neighbours = (
      <BackendErrorPanel
        error={error}
        title="Could not load the dependency graph"
      />
    );
  } else if (graph) {
    schedule = <Schedule graph={graph} agentRef={agentRef} />;
    neighbours = (
      <AgentDependencyGraph graph={neighbourhood(graph, agentRef)} />
    );
  }

  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={7}>
        <EntityAgentOverviewCard />
      </Grid>
      <Grid item xs={12} md={5}>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <InfoCard title="Schedule">{schedule}</InfoCard>
          </Grid>
          <Grid item>
            <InfoCard title="Components whose paths it owns">
              <div data-testid="agent-owned-components">
                {components.length ? (
                  <EntityRefLinks
                    entityRefs={components}
                    defaultKind="component"
                  />
                ) : (
                  <Typography variant="body2">
                    No component's source path falls under this agent's
                    ownership globs.
                  </Typography>
                )}
              </div>
            </InfoCard>
          </Grid>
        </Grid>
      </Grid>
      <Grid item xs={12} md={6}>
        <EntityAgentTasksCard />
      </Grid>
      <Grid item xs={12} md={6}>
        <EntityAgentConflictsCard />
      </Grid>
      <Grid item xs={12}>
        <EntityAgentHandoffsCard />
      </Grid>
      <Grid item xs={12}>
        <EntityAgentMessagesCard />
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Dependency neighbourhood">{neighbours}</InfoCard>
      </Grid>
    </Grid>
  );
};
