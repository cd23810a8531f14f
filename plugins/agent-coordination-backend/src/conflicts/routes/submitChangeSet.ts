import { agentCoordinationConflictOpenPermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { ConflictRouteContext } from '../ConflictRouteContext';

/** POST /change-sets: owners of each changed path, and the ownership conflicts the change calls for, once. */
export function submitChangeSetRoute(ctx: ConflictRouteContext) {
  route(ctx.router, 'submitChangeSet', async (req, res) => {
    const actor = await ctx.actorOf(req);
    await ctx.permissions.authorize(actor, agentCoordinationConflictOpenPermission);
    sendOutcome(res, await ctx.changes.submitChangeSet(actor, req.body, idempotencyOf(req)));
  });
}
