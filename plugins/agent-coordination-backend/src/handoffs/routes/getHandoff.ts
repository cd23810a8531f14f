import {
  agentCoordinationHandoffReadPermission,
  allowedHandoffActions,
  renderHandoffDocument,
} from '@agent-coordination/plugin-agent-coordination-common';
import { respond, route } from '../../platform/http/route';
import { requireHandoff } from '../commands/context';
import type { HandoffRouteContext } from '../HandoffRouteContext';

/** GET /handoffs/{id}; with `Accept: text/markdown` (and not JSON first), its Appendix B document. */
export function getHandoffRoute(ctx: HandoffRouteContext) {
  route(ctx.router, 'getHandoff', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(
      actor,
      agentCoordinationHandoffReadPermission,
      req.params.id,
    );
    const handoff = await requireHandoff(ctx.db, req.params.id);
    if (
      req.accepts(['application/json', 'text/markdown']) === 'text/markdown'
    ) {
      res
        .status(200)
        .type('text/markdown; charset=utf-8')
        .send(renderHandoffDocument(handoff));
      return;
    }
    respond(res, 'getHandoff', 200, ctx.changes.describe(handoff));
  });
}

/** GET /handoffs/{id}/document: the Appendix B document. */
export function getHandoffDocumentRoute(ctx: HandoffRouteContext) {
  route(ctx.router, 'getHandoffDocument', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(
      actor,
      agentCoordinationHandoffReadPermission,
      req.params.id,
    );
    const handoff = await requireHandoff(ctx.db, req.params.id);
    res
      .status(200)
      .type('text/markdown; charset=utf-8')
      .send(renderHandoffDocument(handoff));
  });
}

/** GET /handoffs/{id}/actions: decided by the same rules as the changes, so a UI offers exactly that. */
export function getHandoffActionsRoute(ctx: HandoffRouteContext) {
  route(ctx.router, 'getHandoffActions', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorizeResource(
      actor,
      agentCoordinationHandoffReadPermission,
      req.params.id,
    );
    const handoff = await requireHandoff(ctx.db, req.params.id);
    respond(
      res,
      'getHandoffActions',
      200,
      allowedHandoffActions(ctx.framework, actor, handoff),
    );
  });
}
