import { respond, route } from '../../platform/http/route';
import type { MessageRouteContext } from '../MessageRouteContext';

/** GET /messages/{id} */
export function getMessageRoute(ctx: MessageRouteContext) {
  route(ctx.router, 'getMessage', async (req, res) => {
    const actor = await ctx.actorOf(req);
    respond(res, 'getMessage', 200, await ctx.reads.get(actor, req.params.id));
  });
}
