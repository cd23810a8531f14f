import type { AgentGraph } from '@agent-coordination/plugin-agent-coordination-common';

/**
 * The agent, the agents it links to either way, and those links. The
 * analysis stays the whole graph's: being on the critical path or in a cycle
 * is a fact about all agents, not about the neighbourhood.
 */
export function neighbourhood(
  graph: AgentGraph,
  agentRef: string,
): AgentGraph {
  const edges = graph.edges.filter(
    e => e.from === agentRef || e.to === agentRef,
  );
  const ids = new Set([agentRef, ...edges.flatMap(e => [e.from, e.to])]);
  return {
    nodes: graph.nodes.filter(n => ids.has(n.id)),
    edges,
    analysis: graph.analysis,
  };
}
