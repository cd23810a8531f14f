import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('PATCH /tasks/{id} on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  it('changes the given fields, clears nulls, bumps the version and logs what changed', async () => {
    const task = await t.createTask({ description: 'old', labels: ['a'], estimate: 3 });
    const res = await t.http.patch('cm', `/tasks/${task.id}`, {
      version: task.version,
      title: 'New title',
      description: null,
      priority: 'P0',
      labels: ['b', 'a', 'b'],
      assignee: 'api_developer',
      component: 'Component:Default/Payments',
    });
    expect(res.status).toBe(200);
    expect(res.body.task).toMatchObject({
      title: 'New title',
      description: null,
      priority: 'P0',
      labels: ['a', 'b'],
      assignee: 'api_developer',
      component: 'component:default/payments',
      estimate: 3,
      version: task.version + 1,
    });
    const last = (await t.http.get('cm', `/tasks/${task.id}/events`)).body.items.pop();
    expect(last).toMatchObject({
      type: 'task.updated',
      actor: 'user:default/cm',
      reason: 'changed title, description, component, assignee, priority, labels',
    });
    recordEngine(databaseId);
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const task = await t.createTask({ title: 'Same' });
    const res = await t.http.patch('cm', `/tasks/${task.id}`, { version: task.version, title: 'Same' });
    expect(res.body.task).toEqual(task);
    expect((await t.http.get('cm', `/tasks/${task.id}/events`)).body.items).toHaveLength(1);
  });

  it('answers a stale version with 409 carrying the current task; the losing change is not applied', async () => {
    const task = await t.createTask({ title: 'v1', assignee: 'network_engineer' });
    const [a, b] = await Promise.all([
      t.http.patch('cm', `/tasks/${task.id}`, { version: task.version, title: 'from a' }),
      t.http.patch('net', `/tasks/${task.id}`, { version: task.version, title: 'from b' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    expect(loser.body.error.name).toBe('ConflictError');
    expect(loser.body.task).toEqual(winner.body.task);
    expect((await t.http.get('cm', `/tasks/${task.id}`)).body).toEqual(winner.body.task);
  });

  it.each([
    [{ title: 'x' }, 'version: required'],
    [{ version: '1' }, 'version: must be integer'],
    [{ version: 1, state: 'COMPLETED' }, 'state: unknown field'],
    [{ version: 1, assignee: 'ghost' }, "assignee: unknown agent 'ghost'; the framework's agents are context_manager"],
    [{ version: 1, component: 'x y' }, "component: must be a catalog entity ref such as component:default/vpc (invalid name 'x y')"],
    [{ version: 1, labels: 'a' }, 'labels: must be array'],
    [{ version: 1, description: 'x'.repeat(10_001) }, 'description: must NOT have more than 10000 characters'],
  ])('refuses %j with 400 naming the field, changing nothing', async (body, message) => {
    const task = await t.createTask();
    const res = await t.http.patch('cm', `/tasks/${task.id}`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
    expect((await t.http.get('cm', `/tasks/${task.id}`)).body).toEqual(task);
  });

  it('answers 404 for a task that does not exist', async () => {
    const res = await t.http.patch('cm', '/tasks/nope', { version: 1, title: 'x' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe("No task with id 'nope'");
  });

  it('needs credentials', async () => {
    expect((await request(t.server).patch(`${BASE}/tasks/x`).send({ version: 1 })).status).toBe(401);
  });
});
