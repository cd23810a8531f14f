import { agentCoordinationConflictDecidePermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { ConflictRouteContext } from '../ConflictRouteContext';

/** POST /conflicts/{id}/votes: a party's vote; a consensus resolves the conflict. */
export function voteOnConflictRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'voteOnConflict', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(actor, agentCoordinationConflictDecidePermission, req.params.id);
    sendOutcome(res, await ctx.changes.vote(actor, req.params.id, req.body, idempotencyOf(req)));
  });
}
