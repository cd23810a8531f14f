import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { readFileSync } from 'fs';
import { join } from 'path';
import request from 'supertest';
import { parse } from 'yaml';
import { createRouter } from '../service/createRouter';
import { loadFramework } from '../framework/loadFramework';

type Layer = { route?: { path: string; methods: Record<string, boolean> } };

describe('openapi.yaml', () => {
  const spec = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));

  it('describes exactly the routes the router serves', async () => {
    const router = await createRouter({
      framework: loadFramework(mockServices.rootConfig()).framework,
      httpAuth: mockServices.httpAuth(),
      logger: mockServices.logger.mock(),
    });
    const served = (router.stack as Layer[])
      .filter(l => l.route)
      .flatMap(l =>
        Object.keys(l.route!.methods).map(m => `${m} ${l.route!.path.replace(/:(\w+)/g, '{$1}')}`),
      )
      .sort();
    const documented = Object.entries(spec.paths as Record<string, object>)
      .flatMap(([path, ops]) => Object.keys(ops).map(m => `${m} ${path}`))
      .sort();
    expect(served).toEqual(documented);
  });

  it('marks only /health as callable without credentials', () => {
    const open = Object.entries(spec.paths as Record<string, Record<string, { security?: unknown[] }>>)
      .flatMap(([path, ops]) =>
        Object.values(ops)
          .filter(op => Array.isArray(op.security) && op.security.length === 0)
          .map(() => path),
      );
    expect(open).toEqual(['/health']);
  });

  it('answers 401 on every documented route except /health without credentials', async () => {
    const { agentCoordinationPlugin } = await import('../plugin');
    const { server } = await startTestBackend({ features: [agentCoordinationPlugin] });
    for (const [path, ops] of Object.entries(spec.paths as Record<string, object>)) {
      for (const method of Object.keys(ops)) {
        const res = await (request(server) as any)[method](`/api/agent-coordination${path}`);
        expect({ path, status: res.status }).toEqual({
          path,
          status: path === '/health' ? 200 : 401,
        });
      }
    }
  });
});
