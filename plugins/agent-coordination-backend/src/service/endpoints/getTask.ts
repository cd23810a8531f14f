import { agentCoordinationTaskReadPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { RouteContext } from '../RouteContext';
import { actorOf } from '../requestContext';

/** GET /tasks/{id} — one task with what currently blocks it. */
export function getTask(ctx: RouteContext) {
  ctx.router.get('/tasks/:id', async (req, res) => {
    const actor = await actorOf(ctx, req);
    await ctx.taskPermissions.authorizeTask(actor, agentCoordinationTaskReadPermission, req.params.id);
    res.json(await ctx.tasks.getTask(req.params.id));
  });
}
