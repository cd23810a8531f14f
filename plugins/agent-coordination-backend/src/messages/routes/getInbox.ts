import { respond, route } from '../../platform/http/route';
import type { MessageRouteContext } from '../MessageRouteContext';

/** GET /agents/{key}/inbox: newest first, with the unread counts. */
export function getInboxRoute(ctx: MessageRouteContext) {
  route(ctx.router, 'getInbox', async (req, res) => {
    const actor = await ctx.actorOf(req);
    respond(
      res,
      'getInbox',
      200,
      await ctx.reads.inbox(actor, req.params.key, req.query),
    );
  });
}
