import {
  agentCoordinationHandoffReadPermission,
  normalizeEntityRef,
} from '@agent-coordination/plugin-agent-coordination-common';
import { InputError } from '@backstage/errors';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { respond, route } from '../../platform/http/route';
import type { HandoffRouteContext } from '../HandoffRouteContext';
import { listHandoffs } from '../store/listHandoffs';

const isKey = (v: unknown[]): v is [string, string] =>
  v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/** GET /handoffs: newest first, filtered, a page at a time. */
export function listHandoffsRoute(ctx: HandoffRouteContext) {
  route(ctx.router, 'listHandoffs', async (req, res) => {
    const actor = await ctx.actorOf(req);
    const q = req.query;
    let component: string | undefined;
    if (q.component !== undefined) {
      const n = normalizeEntityRef(q.component);
      if (!('ref' in n))
        throw new InputError(
          `Invalid request query: component: must be a catalog entity ref (${n.problem})`,
        );
      component = n.ref;
    }
    const permission = await ctx.permissions.listFilter(
      actor,
      agentCoordinationHandoffReadPermission,
    );
    const after =
      q.cursor === undefined ? undefined : decodeCursor(q.cursor, isKey);
    const now = ctx.changes.now();
    const page = await listHandoffs(
      ctx.db,
      {
        from: q.from,
        to: q.to,
        stage: q.stage,
        status: q.status,
        task: q.task,
        component,
        overdue: q.overdue,
        now,
        permission,
      },
      after && { createdAt: after[0], id: after[1] },
      q.limit ?? 50,
    );
    respond(res, 'listHandoffs', 200, {
      items: page.items.map(h => ctx.changes.describe(h)),
      nextCursor:
        page.more && page.last
          ? encodeCursor([page.last.createdAt, page.last.id])
          : null,
    });
  });
}
