import { agentCoordinationTaskReadPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { RouteContext } from '../RouteContext';
import { actorOf } from '../requestContext';

/** GET /tasks/{id}/transitions — the states the caller may move the task to, so clients never guess the rules. */
export function getTaskTransitions(ctx: RouteContext) {
  ctx.router.get('/tasks/:id/transitions', async (req, res) => {
    const actor = await actorOf(ctx, req);
    await ctx.taskPermissions.authorizeTask(actor, agentCoordinationTaskReadPermission, req.params.id);
    res.json(await ctx.tasks.allowedTransitions(actor, req.params.id));
  });
}
