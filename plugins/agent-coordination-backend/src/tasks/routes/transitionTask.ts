import { agentCoordinationTaskTransitionPermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { TaskRouteContext } from '../TaskRouteContext';

/**
 * POST /tasks/{id}/transitions: moves a task to another lifecycle state if
 * the framework allows it and the caller may trigger it. Honours
 * Idempotency-Key.
 */
export function transitionTaskRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'transitionTask', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationTaskTransitionPermission, req.params.id);
    sendOutcome(res, await ctx.changes.transition(actor, req.params.id, req.body, idempotencyOf(req)));
  });
}
