import { agentCoordinationTaskReadPermission } from '@agent-coordination/plugin-agent-coordination-common';
import { respond, route } from '../../platform/http/route';
import { requireTask } from '../commands/context';
import { deriveTasks } from '../deriveTasks';
import type { TaskRouteContext } from '../TaskRouteContext';

/** GET /tasks/{id} */
export function getTaskRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'getTask', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationTaskReadPermission, req.params.id);
    const [task] = await deriveTasks(ctx.db, [await requireTask(ctx.db, req.params.id)], ctx.lifecycle.done, ctx.holds);
    respond(res, 'getTask', 200, task);
  });
}
