import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { respond, route } from '../../platform/http/route';
import type { ActorOf } from '../../platform/http/requestContext';
import type { EventLog } from '../../platform/EventLog';
import { listEvents } from '../../platform/store/events';
import type { Router } from 'express';
import type { Knex } from 'knex';

const isEventKey = (v: unknown[]): v is [number] => v.length === 1 && Number.isSafeInteger(v[0]);

/** GET /events: everything the caller may read that happened, newest first. */
export function getEventsRoute(ctx: { router: Router; db: Knex; actorOf: ActorOf; eventLog: EventLog }) {
  route(ctx.router, 'getEvents', async (req, res) => {
    const actor = await ctx.actorOf(req);
    const before = req.query.cursor === undefined ? undefined : decodeCursor(req.query.cursor, isEventKey)[0];
    const page = await listEvents(ctx.db, {
      visible: await ctx.eventLog.visibleTo(actor),
      afterId: before,
      limit: req.query.limit ?? 50,
    });
    respond(res, 'getEvents', 200, {
      items: page.items,
      nextCursor: page.more ? encodeCursor([page.items[page.items.length - 1].id]) : null,
    });
  });
}
