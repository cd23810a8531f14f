import Typography from '@material-ui/core/Typography';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';

/** @public */
export interface FrameworkSummaryProps {
  framework: CoordinationFramework;
}

const count = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

/**
 * One line saying how big the framework is, e.g. "14 agents in 5 tiers".
 * @public
 */
export const FrameworkSummary = ({ framework }: FrameworkSummaryProps) => {
  const { agents, tiers, conflictTypes, escalationMatrix } = framework;
  return (
    <Typography variant="subtitle1">
      {/* One string in its own element so it can be matched exactly. */}
      <strong data-testid="framework-summary">
        {`${count(agents.length, 'agent', 'agents')} in ${count(
          tiers.length,
          'tier',
          'tiers',
        )}`}
      </strong>
      <span>
        {` · ${count(
          conflictTypes.length,
          'conflict type',
          'conflict types',
        )} · ${count(
          escalationMatrix.length,
          'escalation path',
          'escalation paths',
        )}`}
      </span>
    </Typography>
  );
};
