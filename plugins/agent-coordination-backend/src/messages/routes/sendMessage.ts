import { agentCoordinationMessageSendPermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { MessageRouteContext } from '../MessageRouteContext';

/** POST /messages: as the caller's agent; a RESPONSE answers its REQUEST. Honours Idempotency-Key. */
export function sendMessageRoute(ctx: MessageRouteContext) {
  route(ctx.router, 'sendMessage', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorize(
      actor,
      agentCoordinationMessageSendPermission,
    );
    sendOutcome(
      res,
      await ctx.changes.send(actor, req.body, idempotencyOf(req)),
    );
  });
}
