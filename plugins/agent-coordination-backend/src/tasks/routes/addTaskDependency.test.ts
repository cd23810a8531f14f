import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('POST /tasks/{id}/dependencies on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  const add = (task: Task, body: object) =>
    t.http.post('cm', `/tasks/${task.id}/dependencies`, { version: task.version, ...body });

  it('classifies by the framework rule and records it in the event', async () => {
    const security = await t.createTask({ kind: 'security_approval', title: 'Sign-off' });
    const deploy = await t.createTask({ kind: 'production_deployment' });
    const res = await add(deploy, { taskId: security.id });
    expect(res.status).toBe(201);
    expect(res.body.task.version).toBe(deploy.version + 1);
    expect(res.body.task.dependencies).toEqual([
      expect.objectContaining({ taskId: security.id, blocking: true, source: 'rule', timeout: '4h' }),
    ]);
    const dep = res.body.task.dependencies[0];
    expect(Date.parse(dep.deadlineAt) - Date.parse(dep.createdAt)).toBe(4 * 3600_000);
    const last = (await t.http.get('cm', `/tasks/${deploy.id}/events`)).body.items.pop();
    expect(last).toMatchObject({ type: 'task.dependency_added' });
    expect(last.reason).toBe(
      `depends on ${security.id} (security_approval blocks production_deployment (timeout 4h))`,
    );
    recordEngine(databaseId);
  });

  it('lets an explicit `blocking` win over the rule, and records that it did', async () => {
    const infra = await t.createTask({ kind: 'infrastructure_changes' });
    const api = await t.createTask({ kind: 'api_development' });
    const res = await add(api, { taskId: infra.id, blocking: false });
    expect(res.body.task.dependencies[0]).toMatchObject({ blocking: false, source: 'explicit', timeout: '24h' });

    const a = await t.createTask();
    const b = await t.createTask();
    const forced = await add(b, { taskId: a.id, blocking: true });
    expect(forced.body.task.dependencies[0]).toMatchObject({ blocking: true, source: 'explicit', timeout: '72h' });
  });

  it('blocks a running task at once when the new dependency is blocking and unfinished', async () => {
    const infra = await t.createTask({ kind: 'infrastructure_changes' });
    const running = await t.taskIn('IN_PROGRESS', { kind: 'backstage_setup' });
    const res = await add(running, { taskId: infra.id });
    expect(res.body.task).toMatchObject({ state: 'BLOCKED', blockedBy: [infra.id], version: running.version + 2 });
  });

  it('warns, and does not block, for a non-blocking dependency', async () => {
    const tests = await t.createTask({ kind: 'testing_completion' });
    const running = await t.taskIn('IN_PROGRESS', { kind: 'service_deployment' });
    const res = await add(running, { taskId: tests.id });
    expect(res.body.task.state).toBe('IN_PROGRESS');
    expect(res.body.warnings).toEqual([expect.objectContaining({ taskId: tests.id })]);
  });

  it('refuses a dependency that would close a cycle, naming the cycle', async () => {
    const a = await t.createTask({ title: 'A' });
    const b = await t.createTask({ title: 'B', dependencies: [{ taskId: a.id }] });
    const c = await t.createTask({ title: 'C', dependencies: [{ taskId: b.id }] });
    const res = await add(a, { taskId: c.id });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      `Task ${a.id} cannot depend on ${c.id}: that would create a dependency cycle ${a.id} "A" -> ${c.id} "C" -> ${b.id} "B" -> ${a.id} "A"`,
    );
    const self = await add(a, { taskId: a.id });
    expect(self.status).toBe(400);
    expect(self.body.error).toMatchObject({ code: 'self_dependency', message: `taskId: task ${a.id} cannot depend on itself` });
    expect((await t.http.get('cm', `/tasks/${a.id}`)).body).toMatchObject({ version: a.version, dependencies: [] });
  });

  it('refuses duplicates, missing tasks, final tasks and bad bodies, changing nothing', async () => {
    const a = await t.createTask();
    const b = await t.createTask({ dependencies: [{ taskId: a.id }] });
    expect((await add(b, { taskId: a.id })).status).toBe(409);
    const missing = await add(b, { taskId: 'nope' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("taskId: no task with id 'nope'");
    const done = await t.taskIn('COMPLETED');
    expect((await add(done, { taskId: a.id })).body.error.message).toContain('is COMPLETED, a final state');
    const bad = await t.http.post('cm', `/tasks/${b.id}/dependencies`, { taskId: a.id, blocking: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'Invalid request body: version: required; blocking: must be boolean',
    );
    expect((await t.http.post('cm', '/tasks/nope/dependencies', { taskId: a.id, version: 1 })).status).toBe(404);
    expect((await t.http.get('cm', `/tasks/${b.id}`)).body.version).toBe(b.version);
  });

  it('answers a stale version with 409 and the current task', async () => {
    const a = await t.createTask();
    const b = await t.createTask();
    const res = await t.http.post('cm', `/tasks/${b.id}/dependencies`, { taskId: a.id, version: 7 });
    expect(res.status).toBe(409);
    expect(res.body.task).toEqual(b);
  });

  it('adds once for a retried request with the same Idempotency-Key', async () => {
    const a = await t.createTask();
    const b = await t.createTask();
    const first = await add(b, { taskId: a.id }).set('Idempotency-Key', `dep-${b.id}`);
    const retry = await add(b, { taskId: a.id }).set('Idempotency-Key', `dep-${b.id}`);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect((await t.http.get('cm', `/tasks/${b.id}`)).body.version).toBe(b.version + 1);
  });

  it('needs credentials', async () => {
    const res = await request(t.server).post(`${BASE}/tasks/x/dependencies`).send({});
    expect(res.status).toBe(401);
  });
});
