import {
  agentCoordinationConflictReadPermission,
  describeConflict,
  normalizeEntityRef,
} from '@agent-coordination/plugin-agent-coordination-common';
import { InputError } from '@backstage/errors';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { respond, route } from '../../platform/http/route';
import type { ConflictRouteContext } from '../ConflictRouteContext';
import { listConflicts } from '../store/listConflicts';

const isKey = (v: unknown[]): v is [string, string] => v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/** GET /conflicts: breached and nearest deadline first, filtered, a page at a time. */
export function listConflictsRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'listConflicts', async (req, res) => {
    const actor = await ctx.actorOf(req);
    const q = req.query;
    let component: string | undefined;
    if (q.component !== undefined) {
      const n = normalizeEntityRef(q.component);
      if (!('ref' in n)) throw new InputError(`Invalid request query: component: must be a catalog entity ref (${n.problem})`);
      component = n.ref;
    }
    const permission = await ctx.permissions.listFilter(actor, agentCoordinationConflictReadPermission);
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, isKey);
    const page = await listConflicts(
      ctx.db,
      {
        status: q.status,
        type: q.type,
        category: q.category,
        level: q.level,
        party: q.party,
        task: q.task,
        component,
        breached: q.breached,
        permission,
      },
      after && { deadlineAt: after[0], id: after[1] },
      q.limit ?? 50,
    );
    respond(res, 'listConflicts', 200, {
      items: page.items.map(c => describeConflict(ctx.framework, c)),
      nextCursor: page.more && page.last ? encodeCursor([page.last.deadlineAt, page.last.id]) : null,
    });
  });
}
