import type { FrameworkAnalysis } from '@agent-coordination/plugin-agent-coordination-common';
import type { Router } from 'express';
import type { ActorOf } from '../../platform/http/requestContext';
import { respond, route } from '../../platform/http/route';

/**
 * GET /framework/analysis: registry graph, where the §5.1 diagram disagrees
 * with §2, and path-ownership overlaps. Computed once: the framework is
 * immutable for the life of the process.
 */
export function getFrameworkAnalysisRoute(ctx: { router: Router; actorOf: ActorOf; analysis: FrameworkAnalysis }) {
  route(ctx.router, 'getFrameworkAnalysis', async (req, res) => {
    await ctx.actorOf(req);
    respond(res, 'getFrameworkAnalysis', 200, ctx.analysis);
  });
}
