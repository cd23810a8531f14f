import { agentCoordinationHandoffCreatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { HandoffRouteContext } from '../HandoffRouteContext';

/** POST /handoffs: a handoff at initiation. Honours Idempotency-Key. */
export function openHandoffRoute(ctx: HandoffRouteContext) {
  route(ctx.router, 'openHandoff', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorize(
      actor,
      agentCoordinationHandoffCreatePermission,
    );
    sendOutcome(
      res,
      await ctx.changes.open(actor, req.body, idempotencyOf(req)),
    );
  });
}
