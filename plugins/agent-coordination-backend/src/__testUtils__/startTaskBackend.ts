import type { CreateTaskRequest, Task } from '@agent-coordination/plugin-agent-coordination-common';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestDatabaseId,
  type TestDatabases,
} from '@backstage/backend-test-utils';
import type { BackendFeature } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import request from 'supertest';
import { agentCoordinationPlugin } from '../plugin';

/** Test callers and the framework agents they act as; `nobody` is mapped to none. */
export const CALLERS = {
  cm: { principal: 'user:default/cm', agent: 'context_manager' },
  net: { principal: 'user:default/net', agent: 'network_engineer' },
  api: { principal: 'user:default/api', agent: 'api_developer' },
  sec: { principal: 'user:default/sec', agent: 'security_specialist' },
  nobody: { principal: 'user:default/nobody', agent: null },
} as const;

export type Caller = keyof typeof CALLERS;

export const BASE = '/api/agent-coordination';

/**
 * The whole plugin on a real test database, with one caller per agent role.
 * Started once per engine per test file: a backend takes a moment, a task
 * takes milliseconds, and every test makes its own tasks so they do not
 * interfere.
 */
export async function startTaskBackend(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  /** Extra features or service factories, e.g. a permission policy; they override the defaults. */
  extraFeatures: BackendFeature[] = [],
) {
  const knex: Knex = await databases.init(databaseId);
  const backend = await startTestBackend({
    features: [
      agentCoordinationPlugin,
      mockServices.database.factory({ knex }),
      // The mock's default is a signed-in user; without a header a request
      // must really be anonymous, so the 401 checks mean something.
      mockServices.httpAuth.factory({ defaultCredentials: mockCredentials.none() }),
      mockServices.rootConfig.factory({
        data: {
          agentCoordination: {
            actors: Object.values(CALLERS)
              .filter(c => c.agent)
              .map(c => ({ principal: c.principal, agent: c.agent })),
          },
        },
      }),
      ...extraFeatures,
    ],
  });
  const server = backend.server;
  const auth = (who: Caller) => mockCredentials.user.header(CALLERS[who].principal);
  const http = {
    get: (who: Caller, path: string) => request(server).get(`${BASE}${path}`).set('Authorization', auth(who)),
    post: (who: Caller, path: string, body?: object) =>
      request(server).post(`${BASE}${path}`).set('Authorization', auth(who)).send(body),
    patch: (who: Caller, path: string, body?: object) =>
      request(server).patch(`${BASE}${path}`).set('Authorization', auth(who)).send(body),
    delete: (who: Caller, path: string) =>
      request(server).delete(`${BASE}${path}`).set('Authorization', auth(who)),
  };

  async function createTask(body: Partial<CreateTaskRequest> = {}, who: Caller = 'cm'): Promise<Task> {
    const res = await http.post(who, '/tasks', { title: 'A task', kind: 'general', ...body });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.task;
  }

  async function transition(task: Task, to: string, who: Caller): Promise<Task> {
    const res = await http.post(who, `/tasks/${task.id}/transitions`, { to, version: task.version });
    if (res.status !== 200) {
      throw new Error(`${task.state} -> ${to} as ${who} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body.task;
  }

  /** A task assigned to `net`, walked to `state` along the lifecycle by the callers allowed to. */
  async function taskIn(state: string, body: Partial<CreateTaskRequest> = {}): Promise<Task> {
    let task = await createTask({ assignee: 'network_engineer', ...body });
    const path: Array<[string, Caller]> = {
      CREATED: [],
      ASSIGNED: [['ASSIGNED', 'cm']],
      IN_PROGRESS: [['ASSIGNED', 'cm'], ['IN_PROGRESS', 'net']],
      BLOCKED: [['ASSIGNED', 'cm'], ['IN_PROGRESS', 'net'], ['BLOCKED', 'net']],
      REVIEW: [['ASSIGNED', 'cm'], ['IN_PROGRESS', 'net'], ['REVIEW', 'net']],
      COMPLETED: [['ASSIGNED', 'cm'], ['IN_PROGRESS', 'net'], ['REVIEW', 'net'], ['COMPLETED', 'cm']],
      FAILED: [['FAILED', 'cm']],
    }[state] as Array<[string, Caller]>;
    for (const [to, who] of path) task = await transition(task, to, who);
    return task;
  }

  return { backend, server, knex, http, auth, createTask, transition, taskIn };
}

export type TaskBackend = Awaited<ReturnType<typeof startTaskBackend>>;
