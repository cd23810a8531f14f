import { agentCoordinationTaskUpdatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import { z } from 'zod';
import type { RouteContext } from '../RouteContext';
import { actorOf, sendOutcome } from '../requestContext';
import { parseInput } from '../validation/parseInput';
import { queryInt } from '../validation/querySchemas';

const query = z.object({ version: queryInt(Number.MAX_SAFE_INTEGER).optional() }).strict();

/** DELETE /tasks/{id}/dependencies/{dependsOnId} — optional ?version= guards against stale reads. */
export function removeTaskDependency(ctx: RouteContext) {
  ctx.router.delete('/tasks/:id/dependencies/:dependsOnId', async (req, res) => {
    const actor = await actorOf(ctx, req);
    await ctx.taskPermissions.authorizeTask(actor, agentCoordinationTaskUpdatePermission, req.params.id);
    const { version } = parseInput(query, req.query, 'query');
    sendOutcome(
      res,
      await ctx.tasks.removeDependency(actor, req.params.id, req.params.dependsOnId, version),
    );
  });
}
