import { escalationMatrixOf } from '@agent-coordination/plugin-agent-coordination-common';
import { respond, route } from '../../platform/http/route';
import type { ConflictRouteContext } from '../ConflictRouteContext';

/** GET /escalation-matrix: §4.2's table and §4.1's types, each level with who decides. */
export function getEscalationMatrixRoute(ctx: ConflictRouteContext) {
  const matrix = escalationMatrixOf(ctx.framework);
  route(ctx.router, 'getEscalationMatrix', async (req, res) => {
    await ctx.actorOf(req);
    respond(res, 'getEscalationMatrix', 200, matrix);
  });
}
