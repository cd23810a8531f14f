import type { RouteContext } from '../RouteContext';
import { actorOf, idempotencyOf, sendOutcome } from '../requestContext';
import { parseInput } from '../validation/parseInput';

/** POST /tasks — creates a task in the lifecycle's initial state. Honours Idempotency-Key. */
export function createTask(ctx: RouteContext) {
  ctx.router.post('/tasks', async (req, res) => {
    const actor = await actorOf(ctx, req);
    const body = parseInput(ctx.schemas.createTask, req.body, 'body');
    await ctx.taskPermissions.authorizeCreate(actor);
    sendOutcome(res, await ctx.tasks.createTask(actor, body, idempotencyOf(req)));
  });
}
