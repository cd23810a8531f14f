import { agentCoordinationTaskUpdatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { RouteContext } from '../RouteContext';
import { actorOf, sendOutcome } from '../requestContext';
import { parseInput } from '../validation/parseInput';

/** PATCH /tasks/{id} — changes fields; the body carries the version the caller read. */
export function updateTask(ctx: RouteContext) {
  ctx.router.patch('/tasks/:id', async (req, res) => {
    const actor = await actorOf(ctx, req);
    const body = parseInput(ctx.schemas.updateTask, req.body, 'body');
    await ctx.taskPermissions.authorizeTask(actor, agentCoordinationTaskUpdatePermission, req.params.id);
    sendOutcome(res, await ctx.tasks.updateTask(actor, req.params.id, body));
  });
}
