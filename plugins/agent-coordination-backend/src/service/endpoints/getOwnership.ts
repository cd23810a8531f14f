import type { RouteContext } from '../RouteContext';
import { lookupOwnership, repoPathParam } from '../agents/lookupOwnership';
import { readAgents } from '../agents/readAgents';

/** GET /ownership?path= — which agents own a repository path, and how they overlap. */
export function getOwnership({ router, httpAuth, catalog, auth }: RouteContext) {
  router.get('/ownership', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const path = repoPathParam(req.query.path);
    const agents = await readAgents(catalog, credentials, auth);
    res.json(lookupOwnership(agents, path));
  });
}
