import request from 'supertest';
import { BASE, startTaskBackend, type Caller, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the get-task action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  it('answers the task and, per caller, what GET /tasks/{id}/transitions allows', async () => {
    const review = await t.taskIn('REVIEW');
    for (const who of ['cm', 'net', 'api', 'nobody'] as Caller[]) {
      const res = await t.action(who, 'get-task', { taskId: review.id });
      expect(res.status).toBe(200);
      const { task, ...next } = res.body.output;
      expect(task).toEqual((await t.http.get(who, `/tasks/${review.id}`)).body);
      const { state, version, ...allowed } = (await t.http.get(who, `/tasks/${review.id}/transitions`)).body;
      expect({ state, version }).toEqual({ state: task.state, version: task.version });
      expect(next).toEqual(allowed);
    }
    const asReviewer = (await t.action('api', 'get-task', { taskId: review.id })).body.output;
    expect(asReviewer).toMatchObject({ agent: 'api_developer', roles: ['any_agent', 'reviewer'] });
    expect(asReviewer.transitions).toEqual([
      { to: 'COMPLETED', trigger: 'Approved' },
      { to: 'IN_PROGRESS', trigger: 'Changes requested' },
    ]);
    const asNobody = (await t.action('nobody', 'get-task', { taskId: review.id })).body.output;
    expect(asNobody).toMatchObject({ agent: null, roles: [], transitions: [], actions: { edit: false, addDependency: false } });
  });

  it('shows what holds a task blocked, and offers no move a blocking dependency forbids', async () => {
    const blocker = await t.createTask({ kind: 'network_setup' });
    const waiting = await t.taskIn('IN_PROGRESS', { kind: 'service_deployment', dependencies: [{ taskId: blocker.id }] });
    const out = (await t.action('net', 'get-task', { taskId: waiting.id })).body.output;
    expect(out.task).toMatchObject({ state: 'BLOCKED', blockedBy: [blocker.id] });
    expect(out.transitions.map((x: { to: string }) => x.to)).toEqual(['FAILED']);
  });

  it('answers 404 for an unknown task and 400 for a missing id', async () => {
    const missing = await t.action('cm', 'get-task', { taskId: 'nope' });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ name: 'NotFoundError', message: "No task with id 'nope'" });
    const noId = await t.action('cm', 'get-task', {});
    expect(noId.status).toBe(400);
    expect(noId.body.error.cause.issues.map((i: any) => i.path)).toEqual([['taskId']]);
  });

  it('is offered with the other task actions, read-only ones marked so, their descriptions in framework terms', async () => {
    const res = await request(t.server).get(`${BASE}/.backstage/actions/v1/actions`).set('Authorization', t.auth('cm'));
    expect(res.status).toBe(200);
    const byName = new Map<string, any>(res.body.actions.map((a: any) => [a.name, a]));
    const attributes = (name: string) => byName.get(name)?.attributes;
    expect(attributes('get-task')).toEqual({ readOnly: true, idempotent: true, destructive: false });
    expect(attributes('list-tasks')).toEqual({ readOnly: true, idempotent: true, destructive: false });
    for (const name of ['create-task', 'transition-task', 'add-task-dependency']) {
      expect(attributes(name)).toEqual({ readOnly: false, idempotent: false, destructive: false });
    }
    const transition = byName.get('transition-task').description;
    for (const state of ['CREATED', 'ASSIGNED', 'IN_PROGRESS', 'BLOCKED', 'REVIEW', 'COMPLETED', 'FAILED']) {
      expect(transition).toContain(state);
    }
    expect(transition).toContain('CREATED -> ASSIGNED by context_manager');
    expect(transition).toContain('any state -> FAILED by assignee/context_manager/system');
    expect(transition).toContain('refused as stale (409)');
    expect(byName.get('add-task-dependency').description).toContain('security_approval blocks production_deployment (4h)');
    expect(byName.get('transition-task').schema.input.required).toEqual(['taskId', 'to', 'version']);
  });
});
