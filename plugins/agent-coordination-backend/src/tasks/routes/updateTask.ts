import {
  agentCoordinationTaskUpdatePermission,
  checkUpdateTask,
} from '@agent-coordination/plugin-agent-coordination-common';
import { sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import { checked } from '../checked';
import type { TaskRouteContext } from '../TaskRouteContext';

/** PATCH /tasks/{id}: changes fields; the body carries the version the caller read. */
export function updateTaskRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'updateTask', async (req, res) => {
    const actor = await ctx.actorOf(req);
    const body = checked(checkUpdateTask(ctx.framework, req.body));
    await ctx.permissions.authorizeResource(actor, agentCoordinationTaskUpdatePermission, req.params.id);
    sendOutcome(res, await ctx.changes.update(actor, req.params.id, body));
  });
}
