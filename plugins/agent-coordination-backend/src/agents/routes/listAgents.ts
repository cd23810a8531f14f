import { route } from '../../platform/http/route';
import type { AgentRouteContext } from '../AgentRouteContext';
import { listAgents } from '../listAgents';

/** GET /agents */
export function listAgentsRoute(ctx: AgentRouteContext) {
  route(ctx.router, 'listAgents', async (req, res) => {
    // Not respond(): the document types the catalog entity as a plain object,
    // which the entity's interface type is not assignable to.
    res.json(await listAgents(ctx, await ctx.actorOf(req)));
  });
}
