import { respond, route } from '../../platform/http/route';
import { agentGraph } from '../agentGraph';
import type { AgentRouteContext } from '../AgentRouteContext';
import { readAgents } from '../readAgents';

/** GET /agents/graph: nodes, both kinds of edges, and the blocking analysis. */
export function getAgentGraphRoute(ctx: AgentRouteContext) {
  route(ctx.router, 'getAgentGraph', async (req, res) => {
    const actor = await ctx.actorOf(req);
    const agents = await readAgents(ctx.catalog, actor.credentials!, ctx.auth);
    respond(res, 'getAgentGraph', 200, agentGraph(agents, ctx.framework));
  });
}
