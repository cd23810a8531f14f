import { stringifyEntityRef } from '@backstage/catalog-model';
import { findCycles, type GraphEdge } from '../rules/graph';
import { globCovers, globsOverlap } from '../rules/ownership';
import type { AgentEntityV1alpha1 } from './AgentEntityV1alpha1';
import { resolveAgentRefs, type AgentRefs } from './agentRefs';

/**
 * One finding about an agent in relation to the other agents. `error`s make
 * the agent invalid; a `note` is informational (a nested ownership overlap,
 * where the more specific owner is primary and nothing is ambiguous).
 * @public
 */
export interface AgentGraphProblem {
  /**
   * error: the entity is invalid (unknown dependency, blocking cycle).
   * conflict: §4's ownership conflict between two valid agents; shown on both
   * but never an ingest error, since Backstage drops an entity whose first
   * processing fails and so would hide one of the two parties.
   * note: informational (a nested, more specific ownership).
   */
  severity: 'error' | 'conflict' | 'note';
  message: string;
}

function refsOf(agent: AgentEntityV1alpha1): AgentRefs | undefined {
  try {
    return resolveAgentRefs(agent);
  } catch {
    // Its own processing reports the bad ref; here it just has no edges.
    return undefined;
  }
}

/**
 * Checks one agent against all the agents known (the list may contain a stale
 * copy of `agent` itself; the given `agent` wins):
 *
 * - every dependency names a known agent;
 * - no blocking-dependency cycle goes through the agent;
 * - no other agent uses the same agentId;
 * - no ownership glob overlaps another agent's, unless one glob lies strictly
 *   inside the other: then the inner (more specific) owner is primary, which
 *   is how the seed itself writes ownership (components/terraform/* for the
 *   architect, components/terraform/vpc/* for the network engineer), so that
 *   is a note. Identical globs and partial overlaps leave a path with no
 *   primary owner: that is §4's ownership conflict and an error.
 *
 * Messages name the agents by entity ref so both sides of a conflict show
 * the same text.
 * @public
 */
export function checkAgentGraph(
  agent: AgentEntityV1alpha1,
  knownAgents: AgentEntityV1alpha1[],
): AgentGraphProblem[] {
  const self = stringifyEntityRef(agent);
  const others = new Map<string, AgentEntityV1alpha1>();
  for (const other of knownAgents) {
    const ref = stringifyEntityRef(other);
    if (ref !== self && !others.has(ref)) others.set(ref, other);
  }
  const problems: AgentGraphProblem[] = [];
  const error = (message: string) =>
    problems.push({ severity: 'error', message });
  const note = (message: string) =>
    problems.push({ severity: 'note', message });
  const conflict = (message: string) =>
    problems.push({ severity: 'conflict', message });

  const selfRefs = resolveAgentRefs(agent);
  for (const dep of selfRefs.dependencies) {
    if (!others.has(dep.target)) {
      const field = dep.blocking ? 'dependsOn' : 'nonBlockingDependsOn';
      error(`spec.${field}: ${dep.target} is not an Agent in the catalog`);
    }
  }

  const edges: GraphEdge[] = [];
  const addEdges = (from: string, refs: AgentRefs | undefined) =>
    refs?.dependencies.forEach(d =>
      edges.push({ from, to: d.target, blocking: d.blocking }),
    );
  addEdges(self, selfRefs);
  others.forEach((other, ref) => addEdges(ref, refsOf(other)));
  // `self` first: findCycles reports the cycle through each component's first node.
  const cycle = findCycles(
    { nodes: [self, ...others.keys()], edges },
    { blockingOnly: true },
  ).find(c => c[0] === self);
  if (cycle) {
    error(`blocking dependency cycle: ${[...cycle, self].join(' -> ')}`);
  }

  others.forEach((other, ref) => {
    if (other.spec.agentId === agent.spec.agentId) {
      error(`agentId ${agent.spec.agentId} is also used by ${ref}`);
    }
  });

  const ownGlobs = agent.spec.ownership?.paths ?? [];
  others.forEach((other, ref) => {
    for (const mine of ownGlobs) {
      for (const theirs of other.spec.ownership?.paths ?? []) {
        const { overlap, example } = globsOverlap(mine, theirs);
        if (!overlap) continue;
        const mineInside = globCovers(theirs, mine).covers;
        const theirsInside = globCovers(mine, theirs).covers;
        if (mineInside !== theirsInside) {
          const [inner, outer] = mineInside
            ? [
                { ref: self, glob: mine },
                { ref, glob: theirs },
              ]
            : [
                { ref, glob: theirs },
                { ref: self, glob: mine },
              ];
          note(
            `ownership '${inner.glob}' of ${inner.ref} is nested in '${outer.glob}' of ${outer.ref}: ${inner.ref} is the primary owner there (e.g. ${example})`,
          );
        } else {
          // Sorted so both agents carry the identical message.
          const [a, b] = [
            { ref: self, glob: mine },
            { ref, glob: theirs },
          ].sort((x, y) => x.ref.localeCompare(y.ref));
          conflict(
            `ownership conflict: '${a.glob}' of ${a.ref} and '${b.glob}' of ${b.ref} both claim ${example}`,
          );
        }
      }
    }
  });

  return problems;
}
