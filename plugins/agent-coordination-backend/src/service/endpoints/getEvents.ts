import type { RouteContext } from '../RouteContext';
import { actorOf } from '../requestContext';
import { parseInput } from '../validation/parseInput';
import { eventPageQuery } from '../validation/querySchemas';

/** GET /events — everything that happened, newest first. */
export function getEvents(ctx: RouteContext) {
  ctx.router.get('/events', async (req, res) => {
    await actorOf(ctx, req);
    const { cursor, limit = 50 } = parseInput(eventPageQuery, req.query, 'query');
    const page = await ctx.tasks.recentEvents(cursor, limit);
    res.json({
      items: page.items,
      nextCursor: page.more ? String(page.items[page.items.length - 1].id) : null,
    });
  });
}
