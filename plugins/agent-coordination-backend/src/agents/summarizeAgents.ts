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

/**
 * GET /agents items: each entity with its links, the framework's tier name
 * and its open tasks. Tasks are assigned by framework agent key; an entity
 * is that framework agent when its spec.agentId is the agent's id (e.g.
 * agent-004 is network_engineer). `openTasks` is keyed by agent key.
 */
export function summarizeAgents(
  agents: AgentEntityV1alpha1[],
  framework: CoordinationFramework,
  openTasks: ReadonlyMap<string, number>,
): AgentSummary[] {
  const links = agentLinks(agents);
  const keyById = new Map(framework.agents.map(a => [a.id, a.key]));
  return agents.map((entity, i) => {
    const entityRef = links.refs[i];
    const dependencies = links.dependencies.get(entityRef)!;
    const dependents = links.dependents.get(entityRef)!;
    const key = keyById.get(entity.spec.agentId);
    return {
      entityRef,
      entity,
      tierName: tierNameOf(framework, entity.spec.tier),
      dependencies,
      dependents,
      dependenciesCount: dependencies.length,
      dependentsCount: dependents.length,
      openTasks: key === undefined ? 0 : openTasks.get(key) ?? 0,
    };
  });
}
