import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Router } from 'express';
import type { ActorOf } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';

/** GET /framework: the loaded framework, agents resolved. */
export function getFrameworkRoute(ctx: { router: Router; framework: CoordinationFramework; actorOf: ActorOf }) {
  route(ctx.router, 'getFramework', async (req, res) => {
    await ctx.actorOf(req);
    res.json(ctx.framework);
  });
}
