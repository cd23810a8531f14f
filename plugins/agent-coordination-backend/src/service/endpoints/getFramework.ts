import type { RouteContext } from '../RouteContext';

/** GET /framework — the loaded framework, agents resolved. */
export function getFramework({ router, framework, httpAuth }: RouteContext) {
  router.get('/framework', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(framework);
  });
}
