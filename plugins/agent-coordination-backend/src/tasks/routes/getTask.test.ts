import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('GET /tasks/{id} on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  it('returns the task as created, with what blocks it', async () => {
    const infra = await t.createTask({ kind: 'infrastructure_changes' });
    const created = await t.createTask({ kind: 'api_development', dependencies: [{ taskId: infra.id }] });
    const res = await t.http.get('nobody', `/tasks/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(created);
    expect(res.body.blockedBy).toEqual([infra.id]);
    recordEngine(databaseId);
  });

  it('answers 404 naming the id', async () => {
    const res = await t.http.get('cm', '/tasks/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({
      name: 'NotFoundError',
      message: "No task with id 'does-not-exist'",
      code: 'no_such_task',
    });
  });

  it('needs credentials', async () => {
    expect((await request(t.server).get(`${BASE}/tasks/x`)).status).toBe(401);
  });
});
