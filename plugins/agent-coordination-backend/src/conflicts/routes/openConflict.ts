import { agentCoordinationConflictOpenPermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { ConflictRouteContext } from '../ConflictRouteContext';

/** POST /conflicts: a conflict at L1. Honours Idempotency-Key. */
export function openConflictRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'openConflict', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorize(actor, agentCoordinationConflictOpenPermission);
    sendOutcome(res, await ctx.changes.open(actor, req.body, idempotencyOf(req)));
  });
}
