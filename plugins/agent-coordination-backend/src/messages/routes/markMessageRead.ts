import {
  agentCoordinationMessageReadPermission,
  agentCoordinationMessageSendPermission,
} from '@agent-coordination/plugin-agent-coordination-common';
import { sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { MessageRouteContext } from '../MessageRouteContext';

/** POST /messages/{id}/read: the caller's agent's read state; again, nothing changes. */
export function markMessageReadRoute(ctx: MessageRouteContext) {
  route(ctx.router, 'markMessageRead', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(
      actor,
      agentCoordinationMessageReadPermission,
      req.params.id,
    );
    await ctx.permissions.authorize(
      actor,
      agentCoordinationMessageSendPermission,
    );
    sendOutcome(res, await ctx.changes.markRead(actor, req.params.id));
  });
}
