import {
  agentCoordinationTaskCreatePermission,
  checkCreateTask,
} from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import { checked } from '../checked';
import type { TaskRouteContext } from '../TaskRouteContext';

/** POST /tasks: a task in the lifecycle's initial state. Honours Idempotency-Key. */
export function createTaskRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'createTask', async (req, res) => {
    const actor = await ctx.actorOf(req);
    const body = checked(checkCreateTask(ctx.framework, req.body));
    await ctx.permissions.authorize(actor, agentCoordinationTaskCreatePermission);
    sendOutcome(res, await ctx.changes.create(actor, body, idempotencyOf(req)));
  });
}
