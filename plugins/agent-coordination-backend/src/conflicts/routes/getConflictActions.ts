import {
  agentCoordinationConflictReadPermission,
  allowedConflictActions,
} from '@agent-coordination/plugin-agent-coordination-common';
import { respond, route } from '../../platform/http/route';
import { requireConflict } from '../commands/context';
import type { ConflictRouteContext } from '../ConflictRouteContext';

/** GET /conflicts/{id}/actions: decided by the same rules as the changes, so a UI offers exactly that. */
export function getConflictActionsRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'getConflictActions', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationConflictReadPermission, req.params.id);
    const conflict = await requireConflict(ctx.db, req.params.id);
    respond(res, 'getConflictActions', 200, allowedConflictActions(ctx.framework, actor, conflict));
  });
}
