import type { RouteContext } from '../RouteContext';
import { actorOf } from '../requestContext';

/** GET /tasks/{id} — one task with what currently blocks it. */
export function getTask(ctx: RouteContext) {
  ctx.router.get('/tasks/:id', async (req, res) => {
    await actorOf(ctx, req);
    res.json(await ctx.tasks.getTask(req.params.id));
  });
}
