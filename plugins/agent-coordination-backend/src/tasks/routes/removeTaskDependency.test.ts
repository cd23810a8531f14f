import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('DELETE /tasks/{id}/dependencies/{dependsOnId} on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  it('removes the dependency with an event', async () => {
    const a = await t.createTask();
    const b = await t.createTask({ dependencies: [{ taskId: a.id }] });
    const res = await t.http.delete('cm', `/tasks/${b.id}/dependencies/${a.id}?version=${b.version}`);
    expect(res.status).toBe(200);
    expect(res.body.task).toMatchObject({ dependencies: [], version: b.version + 1 });
    const last = (await t.http.get('cm', `/tasks/${b.id}/events`)).body.items.pop();
    expect(last).toMatchObject({ type: 'task.dependency_removed', reason: `no longer depends on ${a.id}` });
    recordEngine(databaseId);
  });

  it('runs a task again when the removed dependency was all that blocked it', async () => {
    const infra = await t.createTask({ kind: 'infrastructure_changes' });
    const task = await t.taskIn('ASSIGNED', { kind: 'api_development', dependencies: [{ taskId: infra.id }] });
    const blocked = await t.transition(task, 'IN_PROGRESS', 'net');
    expect(blocked.state).toBe('BLOCKED');
    const res = await t.http.delete('cm', `/tasks/${task.id}/dependencies/${infra.id}`);
    expect(res.body.task).toMatchObject({ state: 'IN_PROGRESS', blockedBy: [], version: blocked.version + 2 });
  });

  it('answers 404 for a dependency that does not exist, 409 for a stale version, 400 for a bad one', async () => {
    const a = await t.createTask();
    const b = await t.createTask({ dependencies: [{ taskId: a.id }] });
    const missing = await t.http.delete('cm', `/tasks/${b.id}/dependencies/${b.id}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(`Task ${b.id} has no dependency on ${b.id}`);
    const stale = await t.http.delete('cm', `/tasks/${b.id}/dependencies/${a.id}?version=99`);
    expect(stale.status).toBe(409);
    expect(stale.body.task).toEqual(b);
    const bad = await t.http.delete('cm', `/tasks/${b.id}/dependencies/${a.id}?version=x`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Invalid request query: version: must be integer');
    expect((await t.http.get('cm', `/tasks/${b.id}`)).body.dependencies).toHaveLength(1);
  });

  it('needs credentials', async () => {
    expect((await request(t.server).delete(`${BASE}/tasks/a/dependencies/b`)).status).toBe(401);
  });
});
