import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readFileSync } from 'fs';
import { join } from 'path';
import request from 'supertest';
import { parse } from 'yaml';
import { agentCoordinationPlugin } from '../plugin';
import { createRouter } from '../service/createRouter';
import type { TaskPermissions } from '../service/permissions/TaskPermissions';
import { loadFramework } from '../framework/loadFramework';
import { ActorResolver } from '../service/tasks/Actor';
import { TaskService } from '../service/tasks/TaskService';
import knex from 'knex';

type Layer = { route?: { path: string; methods: Record<string, boolean> } };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** `METHOD path` of every operation; path-level keys such as `parameters` are not operations. */
function operations(spec: { paths: Record<string, Record<string, unknown>> }) {
  return Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter(m => METHODS.includes(m))
      .map(method => ({ path, method, op: ops[method] as { security?: unknown[] } })),
  );
}

describe('openapi.yaml', () => {
  const spec = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));

  it('describes exactly the routes the router serves', async () => {
    const config = mockServices.rootConfig();
    const { framework } = loadFramework(config);
    const router = await createRouter({
      framework,
      httpAuth: mockServices.httpAuth(),
      logger: mockServices.logger.mock(),
      // Only the route table is inspected: nothing reaches the database.
      tasks: new TaskService({ db: knex({ client: 'better-sqlite3', connection: ':memory:', useNullAsDefault: true }), framework }),
      actors: ActorResolver.fromConfig(config, framework),
      catalog: catalogServiceMock(),
      auth: mockServices.auth(),
      // Never consulted: the route table is built without calling handlers.
      taskPermissions: {} as TaskPermissions,
      openTasks: async () => new Map(),
    });
    const served = (router.stack as Layer[])
      .filter(l => l.route)
      .flatMap(l =>
        Object.keys(l.route!.methods).map(m => `${m} ${l.route!.path.replace(/:(\w+)/g, '{$1}')}`),
      )
      .sort();
    const documented = operations(spec)
      .map(o => `${o.method} ${o.path}`)
      .sort();
    expect(served).toEqual(documented);
  });

  it('documents the 503 of a change that kept colliding on every route that changes tasks', () => {
    const busy = operations(spec)
      .filter(({ op }) => '503' in ((op as { responses?: object }).responses ?? {}))
      .map(o => `${o.method} ${o.path}`)
      .sort();
    expect(busy).toEqual([
      'delete /tasks/{id}/dependencies/{dependsOnId}',
      'patch /tasks/{id}',
      'post /tasks',
      'post /tasks/{id}/dependencies',
      'post /tasks/{id}/transitions',
    ]);
    expect(spec.components.responses.Busy).toBeDefined();
  });

  it('marks only /health as callable without credentials', () => {
    const open = operations(spec)
      .filter(({ op }) => Array.isArray(op.security) && op.security.length === 0)
      .map(o => o.path);
    expect(open).toEqual(['/health']);
  });

  it('answers 401 on every documented route except /health without credentials', async () => {
    const { server } = await startTestBackend({
      features: [
        agentCoordinationPlugin,
        mockServices.httpAuth.factory({ defaultCredentials: mockCredentials.none() }),
      ],
    });
    for (const { path, method } of operations(spec)) {
      const res = await (request(server) as any)[method](`/api/agent-coordination${path}`);
      expect({ method, path, status: res.status }).toEqual({
        method,
        path,
        status: path === '/health' ? 200 : 401,
      });
    }
  });
});
