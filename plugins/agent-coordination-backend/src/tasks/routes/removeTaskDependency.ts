import { agentCoordinationTaskUpdatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import { sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { TaskRouteContext } from '../TaskRouteContext';

/** DELETE /tasks/{id}/dependencies/{dependsOnId}: a task it alone kept blocked runs again. */
export function removeTaskDependencyRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'removeTaskDependency', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationTaskUpdatePermission, req.params.id);
    sendOutcome(
      res,
      await ctx.changes.removeDependency(actor, req.params.id, req.params.dependsOnId, req.query.version),
    );
  });
}
