import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import type { CoordinationAgent } from '@agent-coordination/plugin-agent-coordination-common';
import { AgentCard } from '../AgentCard';

/** @public */
export interface TierCardProps {
  tier: { level: number; id: string; name: string };
  agents: CoordinationAgent[];
  authorityLevels?: string[];
  /** Catalog entity refs by framework agent id (`agent-004`), for links. */
  agentEntityRefs?: Record<string, string>;
}

/**
 * A tier of the framework and the agents in it.
 * @public
 */
export const TierCard = ({
  tier,
  agents,
  authorityLevels,
  agentEntityRefs,
}: TierCardProps) => (
  <section data-testid={`tier-${tier.level}`} aria-label={tier.name}>
    <InfoCard
      title={tier.name}
      subheader={`Tier ${tier.level} · ${agents.length} ${
        agents.length === 1 ? 'agent' : 'agents'
      }`}
    >
      {agents.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No agents in this tier.
        </Typography>
      ) : (
        <Grid container spacing={2}>
          {agents.map(agent => (
            <Grid item key={agent.key} xs={12} sm={6} md={4} xl={3}>
              <AgentCard
                agent={agent}
                authorityLevels={authorityLevels}
                entityRef={agentEntityRefs?.[agent.id]}
              />
            </Grid>
          ))}
        </Grid>
      )}
    </InfoCard>
  </section>
);
