import { agentCoordinationTaskReadPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { RouteContext } from '../RouteContext';
import { actorOf } from '../requestContext';
import { parseInput } from '../validation/parseInput';
import { eventPageQuery } from '../validation/querySchemas';

/** GET /tasks/{id}/events — the task's history, oldest first. */
export function getTaskEvents(ctx: RouteContext) {
  ctx.router.get('/tasks/:id/events', async (req, res) => {
    const actor = await actorOf(ctx, req);
    await ctx.taskPermissions.authorizeTask(actor, agentCoordinationTaskReadPermission, req.params.id);
    const { cursor, limit = 50 } = parseInput(eventPageQuery, req.query, 'query');
    const page = await ctx.tasks.taskEvents(req.params.id, cursor, limit);
    res.json({
      items: page.items,
      nextCursor: page.more ? String(page.items[page.items.length - 1].id) : null,
    });
  });
}
