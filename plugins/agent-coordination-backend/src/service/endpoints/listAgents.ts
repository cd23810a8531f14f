import type { RouteContext } from '../RouteContext';
import { readAgents } from '../agents/readAgents';
import { summarizeAgents } from '../agents/summarizeAgents';

/** GET /agents — every Agent entity the caller may see, with derived fields. */
export function listAgents({
  router,
  framework,
  httpAuth,
  catalog,
  auth,
  actors,
  taskPermissions,
  openTasks,
}: RouteContext) {
  router.get('/agents', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [agents, counts] = await Promise.all([
      readAgents(catalog, credentials, auth),
      // Among the tasks the caller may read: a caller refused reading tasks
      // still gets the agents, with nothing counted, rather than a 403.
      taskPermissions.readableTasks(actors.resolve(credentials)).then(openTasks),
    ]);
    res.json({ items: summarizeAgents(agents, framework, counts) });
  });
}
