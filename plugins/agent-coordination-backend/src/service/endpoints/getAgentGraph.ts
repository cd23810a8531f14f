import type { RouteContext } from '../RouteContext';
import { agentGraph } from '../agents/agentGraph';
import { readAgents } from '../agents/readAgents';

/** GET /agents/graph — agents, their dependency edges and the graph analysis. */
export function getAgentGraph({
  router,
  framework,
  httpAuth,
  catalog,
  auth,
}: RouteContext) {
  router.get('/agents/graph', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const agents = await readAgents(catalog, credentials, auth);
    res.json(agentGraph(agents, framework));
  });
}
