import { stringifyEntityRef } from '@backstage/catalog-model';
import { globCovers } from '../rules/ownership';
import type { AgentEntityV1alpha1 } from './AgentEntityV1alpha1';

/**
 * An agent that owns a directory, and the glob that gives it ownership.
 * @public
 */
export interface AgentPathOwner {
  /** Full entity ref of the agent. */
  agent: string;
  glob: string;
}

/**
 * The primary owners of a directory of the infrastructure monorepo (a
 * Component's agent-coordination.io/source-path).
 *
 * A glob owns the directory when it covers everything below it: the
 * architect's components/terraform/* covers components/terraform/vpc, while
 * a docs agent's README glob that merely touches files there does not.
 * Among the covering globs, one lying strictly inside another wins (the
 * more specific owner is primary), so components/terraform/vpc goes to the
 * network engineer, not to the architect. Identical globs of two agents both
 * win: that conflict is reported on the agents, and hiding one owner here
 * would pretend it was settled.
 * @public
 */
export function findPathOwners(
  agents: AgentEntityV1alpha1[],
  directory: string,
): AgentPathOwner[] {
  const dir = directory.trim().replace(/\/+$/, '');
  if (dir === '') return [];
  const below = `${dir}/*`;
  const candidates: AgentPathOwner[] = [];
  for (const agent of agents) {
    for (const glob of agent.spec.ownership?.paths ?? []) {
      if (globCovers(glob, below).covers) {
        candidates.push({ agent: stringifyEntityRef(agent), glob });
      }
    }
  }
  const strictlyInside = (inner: string, outer: string) =>
    globCovers(outer, inner).covers && !globCovers(inner, outer).covers;
  const primary = candidates.filter(
    c => !candidates.some(d => strictlyInside(d.glob, c.glob)),
  );
  const seen = new Set<string>();
  return primary
    .filter(p => !seen.has(p.agent) && seen.add(p.agent))
    .sort((x, y) => x.agent.localeCompare(y.agent));
}
