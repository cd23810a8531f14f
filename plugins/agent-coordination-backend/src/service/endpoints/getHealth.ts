import type { HealthResponse } from '@agent-coordination/plugin-agent-coordination-common';
import type { RouteContext } from '../RouteContext';

/** GET /health — unauthenticated, for load balancers and start-up scripts. */
export function getHealth({ router, framework }: RouteContext) {
  router.get('/health', (_req, res) => {
    const body: HealthResponse = {
      status: 'ok',
      framework: {
        name: framework.metadata.name,
        version: framework.metadata.version,
        agents: framework.agents.length,
      },
    };
    res.json(body);
  });
}
