import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { FrameworkSummary } from '../FrameworkSummary';
import { TierCard } from '../TierCard';

/** @public */
export interface FrameworkOverviewProps {
  framework: CoordinationFramework;
  /**
   * The Agent entities of the catalog by framework agent id
   * (`spec.agentId`, e.g. `agent-004` to `agent:default/network-engineer`):
   * their cards link to the entity pages.
   */
  agentEntityRefs?: Record<string, string>;
}

/**
 * The framework's tiers, in level order, each with its agents.
 * @public
 */
export const FrameworkOverview = ({
  framework,
  agentEntityRefs,
}: FrameworkOverviewProps) => {
  const authorityLevels = framework.authorityLevels.map(l => l.id);
  // The file may list tiers in any order; level 1 (coordination) reads first.
  const tiers = [...framework.tiers].sort((a, b) => a.level - b.level);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <FrameworkSummary framework={framework} />
        {framework.metadata.purpose && (
          <Typography variant="body2" color="textSecondary">
            {framework.metadata.purpose}
          </Typography>
        )}
      </Grid>
      {tiers.map(tier => (
        <Grid item xs={12} key={tier.level}>
          <TierCard
            tier={tier}
            agents={framework.agents.filter(a => a.tier === tier.level)}
            authorityLevels={authorityLevels}
            agentEntityRefs={agentEntityRefs}
          />
        </Grid>
      ))}
    </Grid>
  );
};
