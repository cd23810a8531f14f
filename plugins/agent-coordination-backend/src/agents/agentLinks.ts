import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  resolveAgentRefs,
  type AgentEntityV1alpha1,
  type AgentLink,
} from '@agent-coordination/plugin-agent-coordination-common';

/** Dependencies and dependents of every agent, by full entity ref. */
export interface AgentLinks {
  refs: string[];
  dependencies: Map<string, AgentLink[]>;
  dependents: Map<string, AgentLink[]>;
}

/**
 * Resolves each agent's dependsOn / nonBlockingDependsOn and inverts them.
 * Links to agents outside `agents` are dropped: they are either missing
 * from the catalog (the processor reports that on the entity) or hidden
 * from this caller, and must not leak either way.
 */
export function agentLinks(agents: AgentEntityV1alpha1[]): AgentLinks {
  const refs = agents.map(a => stringifyEntityRef(a));
  const known = new Set(refs);
  const dependencies = new Map<string, AgentLink[]>();
  const dependents = new Map<string, AgentLink[]>(refs.map(r => [r, []]));
  agents.forEach((agent, i) => {
    let resolved: AgentLink[] = [];
    try {
      resolved = resolveAgentRefs(agent).dependencies.map(d => ({
        agent: d.target,
        blocking: d.blocking,
      }));
    } catch {
      // The catalog rejects such an entity; a stale copy simply has no edges.
    }
    const mine = resolved.filter(d => known.has(d.agent));
    dependencies.set(refs[i], mine);
    for (const d of mine) {
      dependents.get(d.agent)!.push({ agent: refs[i], blocking: d.blocking });
    }
  });
  return { refs, dependencies, dependents };
}
