import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { startTaskBackend, type Caller, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the transition-task action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const move = (who: Caller, task: Task, to: string, extra: object = {}) =>
    t.action(who, 'transition-task', { taskId: task.id, to, version: task.version, ...extra });

  it('walks a task CREATED -> ASSIGNED -> IN_PROGRESS -> REVIEW -> COMPLETED, each move by its role', async () => {
    let task = await t.createTask({ assignee: 'network_engineer' });
    const path: Array<[string, Caller]> = [
      ['ASSIGNED', 'cm'],
      ['IN_PROGRESS', 'net'],
      ['REVIEW', 'net'],
      ['COMPLETED', 'api'],
    ];
    for (const [to, who] of path) {
      const res = await move(who, task, to, { reason: `${who} moves it` });
      expect(res.status).toBe(200);
      expect(res.body.output.task).toMatchObject({ state: to, version: task.version + 1 });
      expect(res.body.output.warnings).toEqual([]);
      task = res.body.output.task;
      expect((await t.http.get('cm', `/tasks/${task.id}`)).body).toEqual(task);
    }
    const events = (await t.http.get('cm', `/tasks/${task.id}/events`)).body.items;
    const last = events[events.length - 1];
    expect(last).toMatchObject({ type: 'task.transitioned', actor: 'user:default/api', before: { state: 'REVIEW' }, after: { state: 'COMPLETED' } });
    expect(last.reason).toMatch(/: api moves it$/);
  });

  it('ends in BLOCKED when started with an unfinished blocking dependency, and is released when it completes', async () => {
    const blocker = await t.taskIn('IN_PROGRESS', { kind: 'network_setup', title: 'Segments' });
    const waiting = await t.taskIn('ASSIGNED', { kind: 'service_deployment', dependencies: [{ taskId: blocker.id }] });
    const started = await move('net', waiting, 'IN_PROGRESS');
    expect(started.status).toBe(200);
    expect(started.body.output.task).toMatchObject({ state: 'BLOCKED', blockedBy: [blocker.id] });

    let done = (await move('net', blocker, 'REVIEW')).body.output.task;
    done = (await move('cm', done, 'COMPLETED')).body.output.task;
    expect(done.state).toBe('COMPLETED');
    expect((await t.http.get('net', `/tasks/${waiting.id}`)).body).toMatchObject({ state: 'IN_PROGRESS', blockedBy: [] });
  });

  it("refuses a move the caller's role may not make, and a move the lifecycle does not have, changing nothing", async () => {
    const created = await t.createTask({ assignee: 'network_engineer' });
    const byAssignee = await move('net', created, 'ASSIGNED');
    expect(byAssignee.status).toBe(403);
    expect(byAssignee.body.error.name).toBe('NotAllowedError');
    expect(byAssignee.body.error.message).toContain('transition CREATED -> ASSIGNED');
    expect(byAssignee.body.error.message).toContain('may be triggered by');

    const assigned = await t.taskIn('ASSIGNED');
    expect((await move('api', assigned, 'IN_PROGRESS')).status).toBe(403);
    const skip = await move('cm', assigned, 'COMPLETED');
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toContain('no transition from ASSIGNED to COMPLETED');

    expect((await t.http.get('cm', `/tasks/${created.id}`)).body).toMatchObject({ state: 'CREATED', version: created.version });
    expect((await t.http.get('cm', `/tasks/${assigned.id}`)).body).toMatchObject({ state: 'ASSIGNED', version: assigned.version });
  });

  it('refuses a stale version with a 409, changing nothing', async () => {
    const task = await t.taskIn('ASSIGNED');
    const res = await t.action('net', 'transition-task', { taskId: task.id, to: 'IN_PROGRESS', version: task.version - 1 });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ name: 'ConflictError' });
    expect(res.body.error.message).toContain(`is at version ${task.version}, not ${task.version - 1}`);
    expect((await t.http.get('net', `/tasks/${task.id}`)).body).toEqual(task);
  });

  it('requires the version and a known state, naming the field (400), and answers 404 for an unknown task', async () => {
    const task = await t.taskIn('ASSIGNED');
    const noVersion = await t.action('net', 'transition-task', { taskId: task.id, to: 'IN_PROGRESS' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.cause.issues.map((i: any) => i.path)).toEqual([['version']]);

    const unknownState = await move('net', task, 'DONE');
    expect(unknownState.status).toBe(400);
    expect(unknownState.body.error).toMatchObject({ code: 'unknown_state' });
    expect(unknownState.body.error.message).toMatch(/^to: unknown state 'DONE'/);

    const missing = await t.action('cm', 'transition-task', { taskId: 'nope', to: 'FAILED', version: 1 });
    expect(missing.status).toBe(404);
    expect((await t.http.get('net', `/tasks/${task.id}`)).body).toEqual(task);
  });

  it('refuses a caller mapped to no agent with a 403', async () => {
    const task = await t.taskIn('ASSIGNED');
    const res = await move('nobody', task, 'FAILED');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ name: 'NotAllowedError', code: 'read_only_caller' });
    expect((await t.http.get('cm', `/tasks/${task.id}`)).body.version).toBe(task.version);
  });
});
