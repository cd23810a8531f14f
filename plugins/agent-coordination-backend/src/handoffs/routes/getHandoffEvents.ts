import {
  agentCoordinationHandoffReadPermission,
  HANDOFF_SUBJECT,
} from '@agent-coordination/plugin-agent-coordination-common';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { respond, route } from '../../platform/http/route';
import { listEvents } from '../../platform/store/events';
import { requireHandoff } from '../commands/context';
import type { HandoffRouteContext } from '../HandoffRouteContext';

const isEventKey = (v: unknown[]): v is [number] =>
  v.length === 1 && Number.isSafeInteger(v[0]);

/** GET /handoffs/{id}/events: its timeline, oldest first. */
export function getHandoffEventsRoute(ctx: HandoffRouteContext) {
  route(ctx.router, 'getHandoffEvents', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(
      actor,
      agentCoordinationHandoffReadPermission,
      req.params.id,
    );
    await requireHandoff(ctx.db, req.params.id);
    const after =
      req.query.cursor === undefined
        ? undefined
        : decodeCursor(req.query.cursor, isEventKey)[0];
    const page = await listEvents(ctx.db, {
      subject: { type: HANDOFF_SUBJECT, id: req.params.id },
      afterId: after,
      limit: req.query.limit ?? 50,
    });
    respond(res, 'getHandoffEvents', 200, {
      items: page.items,
      nextCursor: page.more
        ? encodeCursor([page.items[page.items.length - 1].id])
        : null,
    });
  });
}
