import { z } from 'zod';
import type { RouteContext } from '../RouteContext';
import { actorOf } from '../requestContext';
import { decodeTaskCursor, encodeTaskCursor } from '../taskCursor';
import { parseInput } from '../validation/parseInput';
import { queryInt } from '../validation/querySchemas';
import { componentRef, priority } from '../validation/taskSchemas';

/** GET /tasks — filtered, in creation order, a page at a time. */
export function listTasks(ctx: RouteContext) {
  const query = z
    .object({
      state: ctx.schemas.state.optional(),
      assignee: ctx.schemas.agentKey.optional(),
      tier: queryInt(1000).optional(),
      component: componentRef.optional(),
      priority: priority.optional(),
      label: z.string().min(1).max(63).optional(),
      text: z.string().min(1).max(200).optional(),
      cursor: z.string().max(500).optional(),
      limit: queryInt(200).optional(),
    })
    .strict();

  ctx.router.get('/tasks', async (req, res) => {
    const actor = await actorOf(ctx, req);
    const q = parseInput(query, req.query, 'query');
    const permission = await ctx.taskPermissions.listFilter(actor);
    // A tier is a set of agents: filter on their keys (and on the assignee, if both are given).
    let assignees = q.assignee ? [q.assignee] : undefined;
    if (q.tier !== undefined) {
      const inTier = ctx.framework.agents.filter(a => a.tier === q.tier).map(a => a.key);
      assignees = (assignees ?? inTier).filter(a => inTier.includes(a));
    }
    const page = await ctx.tasks.listTasks(
      {
        state: q.state,
        assignees,
        component: q.component,
        priority: q.priority,
        label: q.label,
        text: q.text,
        permission,
      },
      q.cursor === undefined ? undefined : decodeTaskCursor(q.cursor),
      q.limit ?? 50,
    );
    res.json({ items: page.items, nextCursor: page.last ? encodeTaskCursor(page.last) : null });
  });
}
