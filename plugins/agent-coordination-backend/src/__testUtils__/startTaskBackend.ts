import type { CreateTaskRequest, Task } from '@agent-coordination/plugin-agent-coordination-common';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestDatabaseId,
  type TestDatabases,
} from '@backstage/backend-test-utils';
import { createServiceFactory, type BackendFeature } from '@backstage/backend-plugin-api';
import { notificationService, type NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { JsonObject, JsonValue } from '@backstage/types';
import type { Knex } from 'knex';
import request from 'supertest';
import { agentCoordinationPlugin } from '../plugin';
import { conforming } from './openApiConformance';

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

/** The `agentCoordination.actors` mapping of the callers above; extra config that sets actors replaces it, so spread it in. */
export const CALLER_ACTORS = Object.values(CALLERS)
  .filter(c => c.agent)
  .map(c => ({ principal: c.principal, agent: c.agent }));

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `extra` over `base`: objects merge key by key, anything else (lists too) replaces, as a later config file does. */
function mergeConfig(base: JsonObject, extra: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? mergeConfig(current, value) : value;
  }
  return out;
}

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
  /** Extra root config, merged over the callers' actor mapping. */
  config: JsonObject = {},
) {
  const knex: Knex = await databases.init(databaseId);
  /** What the plugin asked the notifications backend to send. */
  const notifications: NotificationSendOptions[] = [];
  const backend = await startTestBackend({
    features: [
      agentCoordinationPlugin,
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          async send(n: NotificationSendOptions) {
            notifications.push(n);
          },
        }),
      }),
      mockServices.database.factory({ knex }),
      // The mock's default is a signed-in user; without a header a request
      // must really be anonymous, so the 401 checks mean something.
      mockServices.httpAuth.factory({ defaultCredentials: mockCredentials.none() }),
      mockServices.rootConfig.factory({
        data: mergeConfig({ agentCoordination: { actors: CALLER_ACTORS } }, config),
      }),
      ...extraFeatures,
    ],
  });
  const server = backend.server;
  const auth = (who: Caller) => mockCredentials.user.header(CALLERS[who].principal);
  // Every answer is checked against the OpenAPI document.
  const http = {
    get: (who: Caller, path: string) =>
      conforming(request(server).get(`${BASE}${path}`).set('Authorization', auth(who)), 'GET', `${BASE}${path}`),
    post: (who: Caller, path: string, body?: object) =>
      conforming(
        request(server).post(`${BASE}${path}`).set('Authorization', auth(who)).send(body),
        'POST',
        `${BASE}${path}`,
      ),
    patch: (who: Caller, path: string, body?: object) =>
      conforming(
        request(server).patch(`${BASE}${path}`).set('Authorization', auth(who)).send(body),
        'PATCH',
        `${BASE}${path}`,
      ),
    delete: (who: Caller, path: string) =>
      conforming(
        request(server).delete(`${BASE}${path}`).set('Authorization', auth(who)),
        'DELETE',
        `${BASE}${path}`,
      ),
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

  /**
   * Invokes one of the plugin's actions the way the MCP actions backend does:
   * POST to the actions registry's invoke endpoint with the caller's token.
   * Resolves to the HTTP answer, so refusals can be checked by status too.
   */
  const action = (who: Caller, name: string, input: object) =>
    request(server)
      .post(`${BASE}/.backstage/actions/v1/actions/${encodeURIComponent(`agent-coordination:${name}`)}/invoke`)
      .set('Authorization', auth(who))
      .send(input);

  return { backend, server, knex, http, auth, createTask, transition, taskIn, action, notifications };
}

export type TaskBackend = Awaited<ReturnType<typeof startTaskBackend>>;
