import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { TASKS } from '../store/tables';

const databases = createTestDatabases();

// Actions run the routes' commands, so one engine is enough here; SQLite keeps it quick.
describe('the create-task action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const taskCount = async () => Number((await t.knex(TASKS).count({ n: '*' }))[0].n);

  it('creates a task in CREATED, normalised, as the REST API then serves it', async () => {
    const infra = await t.createTask({ kind: 'infrastructure_changes', title: 'VPC module' });
    const res = await t.action('cm', 'create-task', {
      title: '  Gateway for the VPC API  ',
      kind: 'api_development',
      component: 'VPC',
      assignee: 'api_developer',
      priority: 'P1',
      estimate: 3,
      dueDate: '2027-03-01',
      labels: ['api', 'q1'],
      dependencies: [{ taskId: infra.id }],
    });
    expect(res.status).toBe(200);
    const { task, warnings } = res.body.output;
    expect(task).toMatchObject({
      title: 'Gateway for the VPC API',
      kind: 'api_development',
      component: 'component:default/vpc',
      assignee: 'api_developer',
      priority: 'P1',
      state: 'CREATED',
      version: 1,
      createdBy: 'user:default/cm',
      blockedBy: [infra.id],
      heldBy: [],
    });
    // infrastructure_changes blocks api_development, 24h (framework §5.2).
    expect(task.dependencies).toEqual([
      expect.objectContaining({ taskId: infra.id, blocking: true, source: 'rule', timeout: '24h' }),
    ]);
    expect(warnings).toEqual([]);
    const served = await t.http.get('cm', `/tasks/${task.id}`);
    expect(served.status).toBe(200);
    expect(served.body).toEqual(task);
    const events = (await t.http.get('cm', `/tasks/${task.id}/events`)).body.items;
    expect(events).toEqual([expect.objectContaining({ type: 'task.created', actor: 'user:default/cm', actorAgent: 'context_manager' })]);
  });

  it('lets an agent assign a new task to itself, but not to another agent (taskActions.reassign)', async () => {
    const own = await t.action('net', 'create-task', { title: 'Peering', kind: 'network_setup', assignee: 'network_engineer' });
    expect(own.status).toBe(200);
    expect(own.body.output.task).toMatchObject({ assignee: 'network_engineer', createdBy: 'user:default/net' });

    const before = await taskCount();
    const other = await t.action('net', 'create-task', { title: 'Gateway', kind: 'api_development', assignee: 'api_developer' });
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({ name: 'NotAllowedError', code: 'reassign_not_permitted' });
    expect(other.body.error.message).toContain('taskActions.reassign allows context_manager');
    expect(await taskCount()).toBe(before);
  });

  it('refuses bad input with a 400 naming the fields, creating nothing', async () => {
    const before = await taskCount();
    const shape = await t.action('cm', 'create-task', { title: 'x'.repeat(201), dueDate: '2027-02-30', labels: ['-x'] });
    expect(shape.status).toBe(400);
    expect(shape.body.error.message).toMatch(/^Invalid input to action "agent-coordination:create-task"; caused by/);
    expect(shape.body.error.cause.issues.map((i: any) => i.path.join('.'))).toEqual(['title', 'kind', 'dueDate', 'labels.0']);

    // A misspelt field is refused like the route refuses it, not silently dropped.
    const misspelt = await t.action('cm', 'create-task', { title: 'x', kind: 'general', asignee: 'network_engineer' });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.error.cause.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['asignee'] })]);

    const framework = await t.action('cm', 'create-task', { title: 'x', kind: 'painting', assignee: 'wizard' });
    expect(framework.status).toBe(400);
    expect(framework.body.error.message).toMatch(/kind: unknown work kind 'painting'.*assignee: unknown agent 'wizard'/);

    const missing = await t.action('cm', 'create-task', { title: 'x', kind: 'general', dependencies: [{ taskId: 'nope' }] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("dependencies[0].taskId: no task with id 'nope'");
    expect(await taskCount()).toBe(before);
  });

  it('refuses a caller mapped to no agent with a 403, as the route does', async () => {
    const before = await taskCount();
    const res = await t.action('nobody', 'create-task', { title: 'x', kind: 'general' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ name: 'NotAllowedError', code: 'read_only_caller' });
    expect(await taskCount()).toBe(before);
  });
});
