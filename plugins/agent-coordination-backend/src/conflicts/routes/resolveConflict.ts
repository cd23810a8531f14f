import { agentCoordinationConflictDecidePermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { ConflictRouteContext } from '../ConflictRouteContext';

/** POST /conflicts/{id}/resolution: the decision of the level's authority. */
export function resolveConflictRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'resolveConflict', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationConflictDecidePermission, req.params.id);
    sendOutcome(res, await ctx.changes.resolve(actor, req.params.id, req.body, idempotencyOf(req)));
  });
}
