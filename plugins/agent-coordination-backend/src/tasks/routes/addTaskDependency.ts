import { agentCoordinationTaskUpdatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { TaskRouteContext } from '../TaskRouteContext';

/** POST /tasks/{id}/dependencies: blocking per the framework's rules unless the caller says. */
export function addTaskDependencyRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'addTaskDependency', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationTaskUpdatePermission, req.params.id);
    sendOutcome(res, await ctx.changes.addDependency(actor, req.params.id, req.body, idempotencyOf(req)));
  });
}
