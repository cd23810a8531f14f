import type { RouteContext } from '../RouteContext';
import { readAgents } from '../agents/readAgents';
import { summarizeAgents } from '../agents/summarizeAgents';

/** GET /agents — every Agent entity the caller may see, with derived fields. */
export function listAgents({
  router,
  framework,
  httpAuth,
  catalog,
}: RouteContext) {
  router.get('/agents', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const agents = await readAgents(catalog, credentials);
    res.json({ items: summarizeAgents(agents, framework) });
  });
}
