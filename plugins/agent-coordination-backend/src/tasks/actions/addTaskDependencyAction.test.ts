import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { startTaskBackend, type Caller, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the add-task-dependency action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const add = (task: Task, dependsOn: Task | string, extra: object = {}, who: Caller = 'cm') =>
    t.action(who, 'add-task-dependency', {
      taskId: task.id,
      dependsOnId: typeof dependsOn === 'string' ? dependsOn : dependsOn.id,
      version: task.version,
      ...extra,
    });

  it("classifies the dependency by the framework's rule, as the REST API then serves it", async () => {
    const security = await t.createTask({ kind: 'security_approval', title: 'Sign-off' });
    const deploy = await t.createTask({ kind: 'production_deployment' });
    const res = await add(deploy, security);
    expect(res.status).toBe(200);
    const { task } = res.body.output;
    expect(task).toMatchObject({ version: deploy.version + 1, blockedBy: [security.id] });
    expect(task.dependencies).toEqual([
      expect.objectContaining({ taskId: security.id, blocking: true, source: 'rule', timeout: '4h' }),
    ]);
    expect((await t.http.get('cm', `/tasks/${deploy.id}`)).body).toEqual(task);

    const a = await t.createTask();
    const b = await t.createTask();
    const forced = await add(b, a, { blocking: true });
    expect(forced.body.output.task.dependencies[0]).toMatchObject({ blocking: true, source: 'explicit', timeout: '72h' });
  });

  it('blocks a running task at once for a blocking dependency, and only warns for a non-blocking one', async () => {
    const infra = await t.createTask({ kind: 'infrastructure_changes' });
    const running = await t.taskIn('IN_PROGRESS', { kind: 'backstage_setup' });
    const blocked = await add(running, infra, {}, 'net');
    expect(blocked.status).toBe(200);
    expect(blocked.body.output.task).toMatchObject({ state: 'BLOCKED', blockedBy: [infra.id] });
    expect((await t.http.get('net', `/tasks/${running.id}`)).body.state).toBe('BLOCKED');

    const tests = await t.createTask({ kind: 'testing_completion' });
    const deploying = await t.taskIn('IN_PROGRESS', { kind: 'service_deployment' });
    const warned = await add(deploying, tests, {}, 'net');
    expect(warned.body.output.task.state).toBe('IN_PROGRESS');
    expect(warned.body.output.warnings).toEqual([expect.objectContaining({ taskId: tests.id })]);
  });

  it('refuses cycles, self-dependencies, unknown tasks, stale versions and bad input, changing nothing', async () => {
    const a = await t.createTask({ title: 'A' });
    const b = await t.createTask({ title: 'B', dependencies: [{ taskId: a.id }] });

    const cycle = await add(a, b);
    expect(cycle.status).toBe(409);
    expect(cycle.body.error).toMatchObject({ code: 'dependency_cycle' });
    const self = await add(a, a);
    expect(self.status).toBe(400);
    expect(self.body.error.message).toBe(`dependsOnId: task ${a.id} cannot depend on itself`);
    const unknownTarget = await add(a, 'nope');
    expect(unknownTarget.status).toBe(400);
    expect(unknownTarget.body.error.message).toBe("dependsOnId: no task with id 'nope'");
    const unknownTask = await t.action('cm', 'add-task-dependency', { taskId: 'nope', dependsOnId: a.id, version: 1 });
    expect(unknownTask.status).toBe(404);
    const stale = await add({ ...a, version: a.version + 3 }, b);
    expect(stale.status).toBe(409);
    const bad = await t.action('cm', 'add-task-dependency', { taskId: a.id, dependsOnId: b.id, blocking: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.cause.issues.map((i: any) => i.path.join('.'))).toEqual(['blocking', 'version']);

    expect((await t.http.get('cm', `/tasks/${a.id}`)).body).toMatchObject({ version: a.version, dependencies: [] });
  });

  it('refuses a caller without the framework role (taskActions.addDependency), and one mapped to no agent', async () => {
    const a = await t.createTask();
    const b = await t.createTask();
    const reviewer = await add(b, a, {}, 'api');
    expect(reviewer.status).toBe(403);
    expect(reviewer.body.error).toMatchObject({ code: 'addDependency_not_permitted' });
    const nobody = await add(b, a, {}, 'nobody');
    expect(nobody.status).toBe(403);
    expect(nobody.body.error).toMatchObject({ code: 'read_only_caller' });
    expect((await t.http.get('cm', `/tasks/${b.id}`)).body).toMatchObject({ version: b.version, dependencies: [] });
  });
});
