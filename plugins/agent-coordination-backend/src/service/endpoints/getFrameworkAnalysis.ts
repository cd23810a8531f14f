import { analyzeFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { RouteContext } from '../RouteContext';

/**
 * GET /framework/analysis — registry graph, where the §5.1 diagram disagrees
 * with §2, and path-ownership overlaps. Computed once: the framework is
 * immutable for the life of the process.
 */
export function getFrameworkAnalysis({ router, framework, httpAuth }: RouteContext) {
  const analysis = analyzeFramework(framework);
  router.get('/framework/analysis', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(analysis);
  });
}
