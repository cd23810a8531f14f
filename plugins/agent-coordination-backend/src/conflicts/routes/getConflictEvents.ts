import {
  agentCoordinationConflictReadPermission,
  CONFLICT_SUBJECT,
} from '@agent-coordination/plugin-agent-coordination-common';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { respond, route } from '../../platform/http/route';
import { listEvents } from '../../platform/store/events';
import { requireConflict } from '../commands/context';
import type { ConflictRouteContext } from '../ConflictRouteContext';

const isEventKey = (v: unknown[]): v is [number] => v.length === 1 && Number.isSafeInteger(v[0]);

/** GET /conflicts/{id}/events: its timeline, oldest first. */
export function getConflictEventsRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'getConflictEvents', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationConflictReadPermission, req.params.id);
    await requireConflict(ctx.db, req.params.id);
    const after = req.query.cursor === undefined ? undefined : decodeCursor(req.query.cursor, isEventKey)[0];
    const page = await listEvents(ctx.db, {
      subject: { type: CONFLICT_SUBJECT, id: req.params.id },
      afterId: after,
      limit: req.query.limit ?? 50,
    });
    respond(res, 'getConflictEvents', 200, {
      items: page.items,
      nextCursor: page.more ? encodeCursor([page.items[page.items.length - 1].id]) : null,
    });
  });
}
