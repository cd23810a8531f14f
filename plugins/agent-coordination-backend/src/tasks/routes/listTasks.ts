import {
  agentCoordinationTaskReadPermission,
  checkListTasksQuery,
} from '@agent-coordination/plugin-agent-coordination-common';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { respond, route } from '../../platform/http/route';
import { checked } from '../checked';
import { deriveTasks } from '../deriveTasks';
import { listTaskIds } from '../store/listTasks';
import { loadTasks } from '../store/tasks';
import type { TaskRouteContext } from '../TaskRouteContext';

const isTaskKey = (v: unknown[]): v is [string, string] =>
  v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/** GET /tasks: filtered, in creation order, a page at a time. */
export function listTasksRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'listTasks', async (req, res) => {
    const actor = await ctx.actorOf(req);
    const q = checked(checkListTasksQuery(ctx.framework, req.query));
    const permission = await ctx.permissions.listFilter(actor, agentCoordinationTaskReadPermission);
    // A tier is a set of agents: filter on their keys (and on the assignee, if both are given).
    let assignees = q.assignee ? [q.assignee] : undefined;
    if (q.tier !== undefined) {
      const inTier = ctx.framework.agents.filter(a => a.tier === q.tier).map(a => a.key);
      assignees = (assignees ?? inTier).filter(a => inTier.includes(a));
    }
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, isTaskKey);
    const page = await listTaskIds(
      ctx.db,
      {
        state: q.state,
        assignees,
        component: q.component,
        priority: q.priority,
        kind: q.kind,
        label: q.label,
        text: q.text,
        permission,
      },
      after && { createdAt: after[0], id: after[1] },
      q.limit ?? 50,
    );
    const tasks = await loadTasks(ctx.db, page.ids);
    const items = await deriveTasks(ctx.db, page.ids.flatMap(id => tasks.get(id) ?? []), ctx.lifecycle.done, ctx.holds);
    respond(res, 'listTasks', 200, {
      items,
      nextCursor: page.more && page.last ? encodeCursor([page.last.createdAt, page.last.id]) : null,
    });
  });
}
