import { agentCoordinationTaskUpdatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { RouteContext } from '../RouteContext';
import { actorOf, idempotencyOf, sendOutcome } from '../requestContext';
import { parseInput } from '../validation/parseInput';

/** POST /tasks/{id}/dependencies — the task now waits for (or is warned about) another. Honours Idempotency-Key. */
export function addTaskDependency(ctx: RouteContext) {
  ctx.router.post('/tasks/:id/dependencies', async (req, res) => {
    const actor = await actorOf(ctx, req);
    // A dependency changes what blocks the task: the same say as editing it.
    await ctx.taskPermissions.authorizeTask(actor, agentCoordinationTaskUpdatePermission, req.params.id);
    const body = parseInput(ctx.schemas.addDependency, req.body, 'body');
    sendOutcome(
      res,
      await ctx.tasks.addDependency(actor, req.params.id, body, idempotencyOf(req)),
    );
  });
}
