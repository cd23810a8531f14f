import type {
  AgentGraphEdge as Edge,
  AgentGraph,
} from '@agent-coordination/plugin-agent-coordination-common';

/** What one agent follows without waiting, said in one line instead of edges. */
export interface FollowSummary {
  /** Every other agent. */
  all: boolean;
  /** Tiers all of whose agents (but itself) it follows, in level order. */
  tiers: number[];
  /** How many agents the summary stands for. */
  agents: number;
}

export interface SummarisedEdges {
  /** Blocking edges and the non-blocking edges no summary covers. */
  edges: Edge[];
  /** By node id, for the agents with a summary. */
  follows: Map<string, FollowSummary>;
}

/**
 * Group dependencies (the seed's `all_agents`, `all_development_agents`)
 * become one non-blocking edge per agent of the group: fourteen agents give
 * twenty-two dashed edges that cross the whole drawing, and the layout bends
 * every blocking edge around them. An agent that follows every agent of a
 * tier (at least two of them, or every other agent altogether) gets the
 * summary "follows tiers 2–4" on its node instead; its other non-blocking
 * edges are drawn. Blocking edges are never summarised: they are the
 * schedule.
 */
export function summariseNonBlocking(
  graph: AgentGraph,
): SummarisedEdges {
  const tierOf = new Map(graph.nodes.map(n => [n.id, n.tier]));
  const follows = new Map<string, FollowSummary>();
  const covered = new Set<Edge>();

  const bySource = new Map<string, Edge[]>();
  for (const edge of graph.edges) {
    if (edge.blocking) continue;
    bySource.set(edge.from, [...(bySource.get(edge.from) ?? []), edge]);
  }

  for (const [from, edges] of bySource) {
    const targets = new Set(edges.map(e => e.to));
    const others = graph.nodes.filter(n => n.id !== from);
    if (others.length >= 2 && others.every(n => targets.has(n.id))) {
      const tiers = [...new Set(others.map(n => n.tier))].sort((a, b) => a - b);
      follows.set(from, { all: true, tiers, agents: others.length });
      edges.forEach(e => covered.add(e));
      continue;
    }
    const tiers: number[] = [];
    let agents = 0;
    for (const tier of [...new Set(others.map(n => n.tier))].sort(
      (a, b) => a - b,
    )) {
      const members = others.filter(n => n.tier === tier);
      if (members.length >= 2 && members.every(n => targets.has(n.id))) {
        tiers.push(tier);
        agents += members.length;
      }
    }
    if (tiers.length === 0) continue;
    follows.set(from, { all: false, tiers, agents });
    for (const edge of edges) {
      if (tiers.includes(tierOf.get(edge.to) ?? -1)) covered.add(edge);
    }
  }

  return { edges: graph.edges.filter(e => !covered.has(e)), follows };
}

/** "1, 2–4 and 6" for [1, 2, 3, 4, 6]. */
function tierRanges(tiers: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < tiers.length; i++) {
    let j = i;
    while (j + 1 < tiers.length && tiers[j + 1] === tiers[j] + 1) j++;
    ranges.push(j > i ? `${tiers[i]}–${tiers[j]}` : `${tiers[i]}`);
    i = j;
  }
  return ranges.length > 1
    ? `${ranges.slice(0, -1).join(', ')} and ${ranges[ranges.length - 1]}`
    : ranges[0];
}

/** The summary in words, as the node shows it. */
export function describeFollows(summary: FollowSummary): string {
  if (summary.all) return `follows all ${summary.agents} agents`;
  const tiers = summary.tiers.length === 1 ? 'tier' : 'tiers';
  return `follows ${tiers} ${tierRanges(summary.tiers)} (${
    summary.agents
  } agents)`;
}
