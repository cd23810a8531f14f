import {
  agentCoordinationTaskReadPermission,
  allowedTaskActions,
  taskRoles,
  transitionsAllowed,
} from '@agent-coordination/plugin-agent-coordination-common';
import { respond, route } from '../../platform/http/route';
import { requireTask } from '../commands/context';
import { deriveTasks } from '../deriveTasks';
import type { TaskRouteContext } from '../TaskRouteContext';

/**
 * GET /tasks/{id}/transitions: what the caller may do with the task now,
 * decided by the same rules a change is, so a UI offers exactly that.
 */
export function getTaskTransitionsRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'getTaskTransitions', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationTaskReadPermission, req.params.id);
    const [task] = await deriveTasks(ctx.db, [await requireTask(ctx.db, req.params.id)], ctx.lifecycle.done, ctx.holds);
    const roles = taskRoles(ctx.framework, actor, task);
    respond(res, 'getTaskTransitions', 200, {
      state: task.state,
      version: task.version,
      agent: actor.agent?.key ?? null,
      roles,
      transitions: transitionsAllowed(ctx.lifecycle, { principal: actor.principal, roles }, task, {
        dependencies: task.blockedBy,
        holds: task.heldBy,
      }),
      actions: allowedTaskActions(ctx.framework, ctx.lifecycle, roles, task),
    });
  });
}
