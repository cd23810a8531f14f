import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import request from 'supertest';
import { migrationsDirectory } from '../store/migrateDatabase';
import { EVENTS, IDEMPOTENCY_KEYS } from '../store/tables';
import { TASKS } from '../../tasks/store/tables';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { agentCoordinationPlugin } from '../../plugin';
import type { Actor } from '../actors';
import { taskMachinery } from '../../__testUtils__/taskMachinery';

const databases = createTestDatabases();
const { framework } = loadFramework(mockServices.rootConfig());
const cm: Actor = { principal: 'user:default/cm', agent: framework.agents.find(a => a.key === 'context_manager')! };

/** pg's own error class (the repository has no typings for pg). */
const { DatabaseError } = require('pg') as {
  DatabaseError: new (message: string, length: number, name: string) => Error & { code?: string };
};

function deadlock() {
  const error = new DatabaseError('deadlock detected', 0, 'error');
  error.code = '40P01';
  return error;
}

/**
 * `knex` whose next `failures` transactions do all their work and then fail
 * with a deadlock, as if the last statement had been chosen as the victim:
 * the database rolls everything back.
 */
function collidingDb(knex: Knex, failures: { left: number; transactions: number }): Knex {
  const transaction = (handler: (tx: Knex.Transaction) => Promise<unknown>) =>
    knex.transaction(async tx => {
      failures.transactions++;
      const result = await handler(tx);
      if (failures.left > 0) {
        failures.left--;
        throw deadlock();
      }
      return result;
    });
  return new Proxy(knex, {
    get: (target, prop) => (prop === 'transaction' ? transaction : Reflect.get(target, prop)),
  });
}

async function count(knex: Knex, table: string) {
  const [{ n }] = await knex(table).count({ n: '*' });
  return Number(n);
}

describe.each(databases.eachSupportedId())('a change the database aborts on %p', databaseId => {
  let knex: Knex;
  beforeAll(async () => {
    knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDirectory() });
  }, 60_000);
  beforeEach(async () => {
    await knex(EVENTS).delete();
    await knex(IDEMPOTENCY_KEYS).delete();
    await knex(TASKS).delete();
  });

  it('runs again, idempotency included, until it commits once', async () => {
    const failures = { left: 2, transactions: 0 };
    const service = taskMachinery(collidingDb(knex, failures), { framework });
    const key = { key: 'k-1', route: 'POST /tasks', requestHash: 'h' };
    const first = await service.createTask(cm, { title: 'Plan VPC', kind: 'general' }, key);
    expect(first).toMatchObject({ status: 201, replayed: false });
    expect(failures.transactions).toBe(3);
    expect(await count(knex, TASKS)).toBe(1);
    expect(await count(knex, EVENTS)).toBe(1);
    // The key was claimed by each attempt but kept only by the one that committed.
    const keys = await knex(IDEMPOTENCY_KEYS).select();
    expect(keys).toEqual([expect.objectContaining({ key: 'k-1', status: 201 })]);

    const again = await service.createTask(cm, { title: 'Plan VPC', kind: 'general' }, key);
    expect(again).toEqual({ status: 201, body: first.body, replayed: true });
    expect(await count(knex, TASKS)).toBe(1);
    recordEngine(databaseId);
  });

  it('gives up after three retries with a 503, having written nothing', async () => {
    const failures = { left: Infinity, transactions: 0 };
    const warn = jest.fn();
    const service = taskMachinery(collidingDb(knex, failures), { framework, logger: { warn } });
    const key = { key: 'k-2', route: 'POST /tasks', requestHash: 'h' };
    const error = await service.createTask(cm, { title: 'Plan VPC', kind: 'general' }, key).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('the database aborted it 4 times because it collided with concurrent changes'),
    });
    expect(failures.transactions).toBe(4);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('4 times'), expect.objectContaining({ code: '40P01' }));
    expect(await count(knex, TASKS)).toBe(0);
    expect(await count(knex, EVENTS)).toBe(0);
    expect(await count(knex, IDEMPOTENCY_KEYS)).toBe(0);
  });

  it('does not retry other errors', async () => {
    const failures = { left: 0, transactions: 0 };
    const service = taskMachinery(collidingDb(knex, failures), { framework });
    await expect(service.updateTask(cm, 'no-such-task', { title: 'x', version: 1 })).rejects.toMatchObject({
      refusal: { code: 'not_found' },
    });
    expect(failures.transactions).toBe(1);
  });
});

describe('the HTTP answer to a change that keeps colliding', () => {
  it('is 503 with the reason', async () => {
    const knex = await databases.init('SQLITE_3');
    const { server } = await startTestBackend({
      features: [
        agentCoordinationPlugin,
        mockServices.database.factory({ knex: collidingDb(knex, { left: Infinity, transactions: 0 }) }),
        mockServices.rootConfig.factory({
          data: { agentCoordination: { actors: [{ principal: 'user:default/mock', agent: 'context_manager' }] } },
        }),
      ],
    });
    const res = await request(server)
      .post('/api/agent-coordination/tasks')
      .set('Authorization', mockCredentials.user.header())
      .send({ title: 'Plan VPC', kind: 'general' });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('Nothing was written; send the request again'),
    });
    expect(JSON.stringify(res.body)).not.toContain('deadlock detected');
    recordEngine('SQLITE_3');
  }, 60_000);
});
