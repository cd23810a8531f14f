import type { ReactNode } from 'react';
import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import {
  isAgentEntity,
  type CoordinationAgent,
} from '@agent-coordination/plugin-agent-coordination-common';
import { useCoordinationFramework } from '../../hooks';
import { BackendErrorPanel } from '../BackendErrorPanel';

export interface AgentEntityCardProps {
  title: string;
  /** What the card shows of an agent, for "This card shows the … of Agent entities". */
  what: string;
  /** What an agent the framework does not know lacks, for "…, so it …". */
  unknownAgent: string;
  unknownAgentTestId: string;
  /** The card for the entity's framework agent (coordination data names agents by key). */
  children(agent: CoordinationAgent, name: string): ReactNode;
}

/**
 * The part every Agent entity card shares: not an agent, the framework
 * loading or failing, an agent id the framework does not know; then the
 * card itself for the framework agent whose id is the entity's
 * spec.agentId.
 */
export const AgentEntityCard = ({
  title,
  what,
  unknownAgent,
  unknownAgentTestId,
  children,
}: AgentEntityCardProps) => {
  const { entity } = useEntity();
  const { framework, loading, error } = useCoordinationFramework();
  if (!isAgentEntity(entity)) {
    return (
      <WarningPanel title="Not an agent">
        This card shows the {what} of Agent entities (kind Agent, apiVersion
        agent-coordination.io/v1alpha1).
      </WarningPanel>
    );
  }
  if (loading) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  if (error || !framework) {
    return (
      <InfoCard title={title}>
        <BackendErrorPanel error={error} title="Could not load the framework" />
      </InfoCard>
    );
  }
  const agent = framework.agents.find(a => a.id === entity.spec.agentId);
  const name = entity.metadata.title ?? entity.metadata.name;
  if (!agent) {
    return (
      <InfoCard title={title}>
        <Typography
          variant="body2"
          color="textSecondary"
          data-testid={unknownAgentTestId}
        >
          {name}'s agent id {entity.spec.agentId} is not one of the framework's
          agents, so {unknownAgent}.
        </Typography>
      </InfoCard>
    );
  }
  return <>{children(agent, name)}</>;
};
