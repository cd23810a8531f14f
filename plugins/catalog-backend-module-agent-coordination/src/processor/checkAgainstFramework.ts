import { stringifyEntityRef } from '@backstage/catalog-model';
import type {
  AgentEntityV1alpha1,
  CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * Throws a TypeError when an Agent's tier or authority is not one the
 * framework defines. The Agent schema cannot know them (they are data in the
 * framework file), so it only checks their shape; this names the entity, the
 * field, the value and what the framework allows, e.g. `Agent
 * agent:default/x: spec.tier 7 is not a tier of framework
 * terraform-atmos-platform (1 Coordination Layer, …)`.
 */
export function checkAgainstFramework(
  agent: AgentEntityV1alpha1,
  framework: CoordinationFramework,
): void {
  const problems: string[] = [];
  const { tier, authority } = agent.spec;
  const of = `of framework ${framework.metadata.name}`;
  if (!framework.tiers.some(t => t.level === tier)) {
    const tiers = framework.tiers.map(t => `${t.level} ${t.name}`).join(', ');
    problems.push(`spec.tier ${tier} is not a tier ${of} (${tiers})`);
  }
  if (!framework.authorityLevels.some(a => a.id === authority)) {
    const levels = framework.authorityLevels.map(a => a.id).join(', ');
    problems.push(
      `spec.authority '${authority}' is not an authority level ${of} (${levels})`,
    );
  }
  if (problems.length > 0) {
    throw new TypeError(
      `Agent ${stringifyEntityRef(agent)}: ${problems.join('; ')}`,
    );
  }
}
