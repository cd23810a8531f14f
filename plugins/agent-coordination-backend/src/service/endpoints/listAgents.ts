import { isError } from '@backstage/errors';
import type { RouteContext } from '../RouteContext';
import { readAgents } from '../agents/readAgents';
import { summarizeAgents } from '../agents/summarizeAgents';
import type { Actor } from '../tasks/Actor';

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
  /**
   * Open tasks per agent among the tasks the caller may list, filtered as
   * GET /tasks filters them. A caller refused reading tasks still gets the
   * agents, with no tasks counted, rather than a 403 for the whole list.
   */
  async function visibleOpenTasks(actor: Actor): Promise<Map<string, number>> {
    let permission;
    try {
      permission = await taskPermissions.listFilter(actor);
    } catch (error) {
      if (isError(error) && error.name === 'NotAllowedError') return new Map();
      throw error;
    }
    return openTasks(permission);
  }

  router.get('/agents', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [agents, counts] = await Promise.all([
      readAgents(catalog, credentials, auth),
      visibleOpenTasks(actors.resolve(credentials)),
    ]);
    res.json({ items: summarizeAgents(agents, framework, counts) });
  });
}
