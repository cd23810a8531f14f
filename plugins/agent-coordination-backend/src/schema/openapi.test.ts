import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { readFileSync } from 'fs';
import { join } from 'path';
import request from 'supertest';
import { parse } from 'yaml';
import { OPERATIONS, spec } from './openapi.generated';

// Records which operations the plugin registers handlers for, while keeping the real registration.
const registered = new Set<string>();
jest.mock('../platform/http/route', () => {
  const actual = jest.requireActual('../platform/http/route');
  return {
    ...actual,
    route: (router: unknown, operationId: string, handler: unknown) => {
      registered.add(operationId);
      return actual.route(router, operationId, handler);
    },
  };
});

// Imported after the mock is in place.
// eslint-disable-next-line import/first
import { agentCoordinationPlugin } from '../plugin';

const METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];

/** `METHOD path` of every operation; path-level keys such as `parameters` are not operations. */
function operations(doc: { paths: Record<string, Record<string, unknown>> }) {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter(m => METHODS.includes(m))
      .map(method => ({
        path,
        method,
        op: ops[method] as { security?: unknown[]; responses?: object },
      })),
  );
}

describe('openapi.yaml', () => {
  const yaml = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));

  it('is what the generated constant holds (run scripts/generate-openapi.mjs after editing it)', () => {
    expect(spec).toEqual(yaml);
  });

  it('has a handler for every operation, and the plugin serves no route outside it', async () => {
    await startTestBackend({ features: [agentCoordinationPlugin] });
    expect([...registered].sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it('documents the 503 of a change that kept colliding on every route that changes tasks, conflicts, messages or handoffs', () => {
    const busy = operations(yaml)
      .filter(({ op }) => '503' in (op.responses ?? {}))
      .map(o => `${o.method} ${o.path}`)
      .sort();
    expect(busy).toEqual([
      'delete /tasks/{id}/dependencies/{dependsOnId}',
      'patch /handoffs/{id}',
      'patch /tasks/{id}',
      'post /change-sets',
      'post /conflicts',
      'post /conflicts/{id}/escalation',
      'post /conflicts/{id}/resolution',
      'post /conflicts/{id}/votes',
      'post /handoffs',
      'post /handoffs/{id}/acknowledgment',
      'post /handoffs/{id}/clarifications',
      'post /handoffs/{id}/clarifications/answer',
      'post /handoffs/{id}/completion',
      'post /handoffs/{id}/transfer',
      'post /handoffs/{id}/validation',
      'post /messages',
      'post /messages/{id}/read',
      'post /tasks',
      'post /tasks/{id}/dependencies',
      'post /tasks/{id}/transitions',
    ]);
  });

  it('documents a 415 on every operation that takes a body', () => {
    const bodies = operations(yaml).filter(({ op }) => 'requestBody' in op);
    expect(bodies.length).toBeGreaterThan(0);
    for (const { method, path, op } of bodies) {
      expect({ method, path, has415: '415' in (op.responses ?? {}) }).toEqual({
        method,
        path,
        has415: true,
      });
    }
  });

  it('marks only /health as callable without credentials', () => {
    const open = operations(yaml)
      .filter(
        ({ op }) => Array.isArray(op.security) && op.security.length === 0,
      )
      .map(o => o.path);
    expect(open).toEqual(['/health']);
  });

  it('answers 401 on every documented route except /health without credentials', async () => {
    const { server } = await startTestBackend({
      features: [
        agentCoordinationPlugin,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    for (const { path, method } of operations(yaml)) {
      const res = await (request(server) as any)[method](
        `/api/agent-coordination${path}`,
      );
      expect({ method, path, status: res.status }).toEqual({
        method,
        path,
        status: path === '/health' ? 200 : 401,
      });
    }
  });
});
