import type {
  AgentEntityV1alpha1,
  AgentSummary,
  CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentLinks } from './agentLinks';

export function tierNameOf(
  framework: CoordinationFramework,
  tier: number,
): string | undefined {
  return framework.tiers.find(t => t.level === tier)?.name;
}

/** GET /agents items: each entity with its links and the framework's tier name. */
export function summarizeAgents(
  agents: AgentEntityV1alpha1[],
  framework: CoordinationFramework,
): AgentSummary[] {
  const links = agentLinks(agents);
  return agents.map((entity, i) => {
    const entityRef = links.refs[i];
    const dependencies = links.dependencies.get(entityRef)!;
    const dependents = links.dependents.get(entityRef)!;
    return {
      entityRef,
      entity,
      tierName: tierNameOf(framework, entity.spec.tier),
      dependencies,
      dependents,
      dependenciesCount: dependencies.length,
      dependentsCount: dependents.length,
      // Tasks are assigned by framework agent key; counting them per agent
      // needs a count query the task store does not offer yet.
      openTasks: 0,
    };
  });
}
