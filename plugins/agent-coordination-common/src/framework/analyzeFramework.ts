import { analyzeGraph, findCycles, type GraphEdge } from '../rules/graph';
import { ownershipOverlaps } from '../rules/ownership';
import { findGroup, groupMembers } from './resolveAgents';
import type { CoordinationFramework } from './types';

/** A dependency edge: `agent` depends on (waits for) `dependsOn`. @public */
export interface DependencyPair {
  agent: string;
  dependsOn: string;
}

/**
 * What the framework's own structure says: the registry graph (§2) and how
 * the §5.1 diagram disagrees with it. §2 is authoritative; the diagram is
 * compared, never applied.
 * @public
 */
export interface FrameworkAnalysis {
  registry: {
    order: string[];
    cycles: string[][];
    criticalPath: { path: string[]; length: number };
  };
  diagram: {
    /** Edges §2 declares that the diagram does not draw. */
    onlyInRegistry: DependencyPair[];
    /** Edges the diagram draws that §2 does not declare. */
    onlyInDiagram: DependencyPair[];
    /** Pairs the two sources draw in opposite directions. */
    reversed: Array<{ registry: DependencyPair; diagram: DependencyPair }>;
    /** Cycles that taking both sources together would create. */
    mergedCycles: string[][];
  };
  ownership: {
    overlaps: ReturnType<typeof ownershipOverlaps>;
  };
}

const pairKey = (p: DependencyPair) => `${p.agent}\u0000${p.dependsOn}`;

/**
 * Diagram arrows point from the upstream agent to the one that depends on it
 * (IA --> BS: the Backstage developer waits for the architect), which is how
 * most of §5.1 agrees with §2. `ALL` on either end stands for every other agent.
 */
export function diagramDependencies(
  framework: CoordinationFramework,
): DependencyPair[] {
  const expand = (name: string, self: string): string[] => {
    const group = findGroup(framework, name);
    if (group) return groupMembers(framework, group, self);
    return [name];
  };
  const pairs = new Map<string, DependencyPair>();
  for (const edge of framework.dependencyDiagram) {
    for (const upstream of expand(edge.from, edge.to)) {
      for (const dependent of expand(edge.to, edge.from)) {
        if (upstream === dependent) continue;
        const pair = { agent: dependent, dependsOn: upstream };
        pairs.set(pairKey(pair), pair);
      }
    }
  }
  return [...pairs.values()];
}

/** @public */
export function analyzeFramework(
  framework: CoordinationFramework,
): FrameworkAnalysis {
  const nodes = framework.agents.map(a => a.key);
  const registryEdges: GraphEdge[] = framework.agents.flatMap(a =>
    a.dependencies.map(d => ({
      from: a.key,
      to: d.agent,
      blocking: d.blocking,
    })),
  );
  const graph = analyzeGraph({ nodes, edges: registryEdges });

  const registryPairs = registryEdges.map(e => ({
    agent: e.from,
    dependsOn: e.to,
  }));
  const diagramPairs = diagramDependencies(framework);
  const registryKeys = new Set(registryPairs.map(pairKey));
  const diagramKeys = new Set(diagramPairs.map(pairKey));

  const onlyInRegistry = registryPairs.filter(p => !diagramKeys.has(pairKey(p)));
  const onlyInDiagram = diagramPairs.filter(p => !registryKeys.has(pairKey(p)));
  const reversed = registryPairs.flatMap(p => {
    const flipped = { agent: p.dependsOn, dependsOn: p.agent };
    return diagramKeys.has(pairKey(flipped))
      ? [{ registry: p, diagram: flipped }]
      : [];
  });

  // Each reversed pair is a two-agent loop on its own; findCycles reports one
  // cycle per strongly connected component, which would hide them inside the
  // large component the diagram's `ALL` arrows create.
  const seen = new Set<string>();
  const mergedCycles: string[][] = [];
  const addCycle = (cycle: string[]) => {
    const id = [...cycle].sort().join(',');
    if (!seen.has(id)) {
      seen.add(id);
      mergedCycles.push(cycle);
    }
  };
  reversed.forEach(r => addCycle([r.registry.agent, r.registry.dependsOn]));
  findCycles({
    nodes,
    edges: [
      ...registryEdges,
      ...diagramPairs.map(p => ({
        from: p.agent,
        to: p.dependsOn,
        blocking: true,
      })),
    ],
  }).forEach(addCycle);

  return {
    registry: {
      order: graph.order,
      cycles: graph.cycles,
      criticalPath: graph.criticalPath,
    },
    diagram: { onlyInRegistry, onlyInDiagram, reversed, mergedCycles },
    ownership: {
      overlaps: ownershipOverlaps(
        framework.agents.map(a => ({ owner: a.key, globs: a.ownership.paths })),
      ),
    },
  };
}
