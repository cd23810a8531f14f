import {
  analyzeGraph,
  type AgentEntityV1alpha1,
  type AgentGraphEdge,
  type AgentGraph,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentLinks } from './agentLinks';
import { tierNameOf } from './summarizeAgents';

/** GET /agents/graph: nodes, both kinds of edges, and the blocking analysis. */
export function agentGraph(
  agents: AgentEntityV1alpha1[],
  framework: CoordinationFramework,
): AgentGraph {
  const links = agentLinks(agents);
  const nodes = agents.map((entity, i) => ({
    id: links.refs[i],
    name: entity.metadata.name,
    title: entity.metadata.title ?? entity.metadata.name,
    agentId: entity.spec.agentId,
    tier: entity.spec.tier,
    tierName: tierNameOf(framework, entity.spec.tier),
    authority: entity.spec.authority,
  }));
  const edges: AgentGraphEdge[] = links.refs.flatMap(from =>
    links.dependencies
      .get(from)!
      .map(d => ({ from, to: d.agent, blocking: d.blocking })),
  );
  const analysis = analyzeGraph(
    { nodes: links.refs, edges },
    { blockingOnly: true },
  );
  return { nodes, edges, analysis };
}
