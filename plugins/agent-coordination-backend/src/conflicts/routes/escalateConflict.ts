import { agentCoordinationConflictEscalatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { ConflictRouteContext } from '../ConflictRouteContext';

/** POST /conflicts/{id}/escalation: to the next level by hand, with a reason. */
export function escalateConflictRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'escalateConflict', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationConflictEscalatePermission, req.params.id);
    sendOutcome(res, await ctx.changes.escalate(actor, req.params.id, req.body, idempotencyOf(req)));
  });
}
