import type { AgentGraph } from '@agent-coordination/plugin-agent-coordination-common';

/** What the graph draws in a stronger colour, by node id and edge key. */
export interface GraphHighlights {
  criticalNodes: Set<string>;
  criticalEdges: Set<string>;
  cyclicNodes: Set<string>;
  cycleEdges: Set<string>;
}

export function edgeKey(from: string, to: string): string {
  return `${from} -> ${to}`;
}

/**
 * Reads the backend's analysis into sets the renderers can test. The
 * critical path runs first-to-do to last, so each step depends on the one
 * before it; a cycle [a, b, c] means a depends on b, b on c and c on a.
 */
export function graphHighlights(graph: AgentGraph): GraphHighlights {
  const { criticalPath, cycles, cyclic } = graph.analysis;
  const criticalEdges = new Set<string>();
  const path = criticalPath.path;
  for (let i = 1; i < path.length; i++) {
    criticalEdges.add(edgeKey(path[i], path[i - 1]));
  }
  const cycleEdges = new Set<string>();
  for (const cycle of cycles) {
    cycle.forEach((node, i) =>
      cycleEdges.add(edgeKey(node, cycle[(i + 1) % cycle.length])),
    );
  }
  return {
    criticalNodes: new Set(path),
    criticalEdges,
    cyclicNodes: new Set(cyclic),
    cycleEdges,
  };
}
