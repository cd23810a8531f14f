import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { isAgentEntity } from '@agent-coordination/plugin-agent-coordination-common';
import { useCoordinationFramework } from '../../hooks';
import { AgentDirectoryProvider } from '../Conflicts/AgentDirectory';
import { ConflictErrorPanel } from '../Conflicts/ConflictErrorPanel';
import { ConflictListCard } from '../Conflicts/ConflictListCard';

const TITLE = 'Open conflicts';

function Card() {
  const { entity } = useEntity();
  const { framework, loading, error } = useCoordinationFramework();
  if (!isAgentEntity(entity)) {
    return (
      <WarningPanel title="Not an agent">
        This card shows the conflicts of Agent entities (kind Agent, apiVersion
        agent-coordination.io/v1alpha1).
      </WarningPanel>
    );
  }
  if (loading) {
    return (
      <InfoCard title={TITLE}>
        <Progress />
      </InfoCard>
    );
  }
  if (error || !framework) {
    return (
      <InfoCard title={TITLE}>
        <ConflictErrorPanel error={error} title="Could not load the framework" />
      </InfoCard>
    );
  }
  // Conflicts name their parties by framework key; the entity knows its
  // framework agent by id (spec.agentId).
  const agent = framework.agents.find(a => a.id === entity.spec.agentId);
  const name = entity.metadata.title ?? entity.metadata.name;
  if (!agent) {
    return (
      <InfoCard title={TITLE}>
        <Typography variant="body2" color="textSecondary" data-testid="conflicts-unknown-agent">
          {name}'s agent id {entity.spec.agentId} is not one of the framework's
          agents, so it is party to no conflict.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <ConflictListCard
      title={TITLE}
      subheader={`Where ${name} is a party, most urgent first`}
      query={{ status: 'open', party: agent.key }}
      except={agent.key}
      empty={`${name} is party to no open conflict.`}
    />
  );
}

/**
 * On an Agent entity page: the open conflicts the agent is a party to, with
 * their level, who decides and a live countdown to the deadline.
 * @public
 */
export const EntityAgentConflictsCard = () => (
  <AgentDirectoryProvider>
    <Card />
  </AgentDirectoryProvider>
);
