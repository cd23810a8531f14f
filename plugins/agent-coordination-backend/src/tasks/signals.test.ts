import { createServiceFactory } from '@backstage/backend-plugin-api';
import { signalsServiceRef, type SignalsService } from '@backstage/plugin-signals-node';
import { startTaskBackend, type TaskBackend } from '../__testUtils__/startTaskBackend';
import { createTestDatabases, recordEngine } from '../__testUtils__/testDatabases';
import { TASKS } from './store/tables';
import { TASK_SIGNAL_CHANNEL } from './signals';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('task signals on %p', databaseId => {
  let t: TaskBackend;
  /** Each published signal, with the task's version as committed when it was published. */
  const published: Array<{ signal: Parameters<SignalsService['publish']>[0]; committedVersion: number }> = [];
  beforeAll(async () => {
    const signals = createServiceFactory({
      service: signalsServiceRef,
      deps: {},
      factory: () => ({
        async publish(signal) {
          const taskId = (signal.message as unknown as { taskId: string }).taskId;
          // Read outside the writer's transaction: only a committed change is visible here.
          const row = await t.knex(TASKS).where('id', taskId).first('version');
          published.push({ signal, committedVersion: Number(row?.version) });
        },
      }),
    });
    t = await startTaskBackend(databases, databaseId, [signals]);
  }, 120_000);
  afterAll(() => t?.backend.stop());
  beforeEach(() => {
    published.length = 0;
  });

  it('broadcasts one message per committed transition, after the commit', async () => {
    const task = await t.taskIn('ASSIGNED');
    published.length = 0;
    const res = await t.http.post('net', `/tasks/${task.id}/transitions`, { to: 'IN_PROGRESS', version: task.version });
    expect(res.status).toBe(200);
    expect(published).toEqual([
      {
        signal: {
          recipients: { type: 'broadcast' },
          channel: TASK_SIGNAL_CHANNEL,
          message: { type: 'task.transitioned', taskId: task.id, state: 'IN_PROGRESS', version: task.version + 1 },
        },
        committedVersion: task.version + 1,
      },
    ]);
    recordEngine(databaseId);
  });

  it('publishes nothing for a refused or stale transition', async () => {
    const task = await t.taskIn('ASSIGNED');
    published.length = 0;
    const illegal = await t.http.post('cm', `/tasks/${task.id}/transitions`, { to: 'COMPLETED', version: task.version });
    expect(illegal.status).toBe(409);
    const forbidden = await t.http.post('api', `/tasks/${task.id}/transitions`, { to: 'IN_PROGRESS', version: task.version });
    expect(forbidden.status).toBe(403);
    const stale = await t.http.post('net', `/tasks/${task.id}/transitions`, { to: 'IN_PROGRESS', version: task.version - 1 });
    expect(stale.status).toBe(409);
    expect(published).toEqual([]);
  });

  it('announces a created task too', async () => {
    const task = await t.createTask();
    expect(published.map(p => p.signal.message)).toEqual([
      { type: 'task.created', taskId: task.id, state: 'CREATED', version: task.version },
    ]);
  });
});
