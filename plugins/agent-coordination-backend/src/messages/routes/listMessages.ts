import { respond, route } from '../../platform/http/route';
import type { MessageRouteContext } from '../MessageRouteContext';

/** GET /messages: what the caller may read, newest first, filtered, a page at a time. */
export function listMessagesRoute(ctx: MessageRouteContext) {
  route(ctx.router, 'listMessages', async (req, res) => {
    const actor = await ctx.actorOf(req);
    respond(res, 'listMessages', 200, await ctx.reads.list(actor, req.query));
  });
}
