import { agentCoordinationTaskTransitionPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { RouteContext } from '../RouteContext';
import { actorOf, idempotencyOf, sendOutcome } from '../requestContext';
import { parseInput } from '../validation/parseInput';

/**
 * POST /tasks/{id}/transitions — moves a task to another lifecycle state if
 * the framework allows it and the caller may trigger it. Honours
 * Idempotency-Key.
 */
export function transitionTask(ctx: RouteContext) {
  ctx.router.post('/tasks/:id/transitions', async (req, res) => {
    const actor = await actorOf(ctx, req);
    const body = parseInput(ctx.schemas.transition, req.body, 'body');
    await ctx.taskPermissions.authorizeTask(actor, agentCoordinationTaskTransitionPermission, req.params.id);
    sendOutcome(
      res,
      await ctx.tasks.transitionTask(actor, req.params.id, body, idempotencyOf(req)),
    );
  });
}
