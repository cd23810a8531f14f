import {
  agentCoordinationTaskReadPermission,
  TASK_SUBJECT,
} from '@agent-coordination/plugin-agent-coordination-common';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { respond, route } from '../../platform/http/route';
import { listEvents } from '../../platform/store/events';
import { requireTask } from '../commands/context';
import type { TaskRouteContext } from '../TaskRouteContext';

const isEventKey = (v: unknown[]): v is [number] => v.length === 1 && Number.isSafeInteger(v[0]);

/** GET /tasks/{id}/events: the task's history, oldest first. */
export function getTaskEventsRoute(ctx: TaskRouteContext) {
  route(ctx.router, 'getTaskEvents', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationTaskReadPermission, req.params.id);
    await requireTask(ctx.db, req.params.id);
    const after = req.query.cursor === undefined ? undefined : decodeCursor(req.query.cursor, isEventKey)[0];
    const limit = req.query.limit ?? 50;
    const page = await listEvents(ctx.db, {
      subject: { type: TASK_SUBJECT, id: req.params.id },
      afterId: after,
      limit,
    });
    respond(res, 'getTaskEvents', 200, {
      items: page.items,
      nextCursor: page.more ? encodeCursor([page.items[page.items.length - 1].id]) : null,
    });
  });
}
