import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Router } from 'express';
import { respond, route } from '../../platform/http/route';

/** GET /health: unauthenticated, for load balancers and start-up scripts. */
export function getHealthRoute(ctx: { router: Router; framework: CoordinationFramework }) {
  route(ctx.router, 'getHealth', (_req, res) => {
    respond(res, 'getHealth', 200, {
      status: 'ok',
      framework: {
        name: ctx.framework.metadata.name,
        version: ctx.framework.metadata.version,
        agents: ctx.framework.agents.length,
      },
    });
  });
}
