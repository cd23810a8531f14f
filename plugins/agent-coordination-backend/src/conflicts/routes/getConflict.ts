import {
  agentCoordinationConflictReadPermission,
  describeConflict,
} from '@agent-coordination/plugin-agent-coordination-common';
import { respond, route } from '../../platform/http/route';
import { requireConflict } from '../commands/context';
import type { ConflictRouteContext } from '../ConflictRouteContext';

/** GET /conflicts/{id} */
export function getConflictRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'getConflict', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationConflictReadPermission, req.params.id);
    respond(res, 'getConflict', 200, describeConflict(ctx.framework, await requireConflict(ctx.db, req.params.id)));
  });
}
