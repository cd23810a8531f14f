import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('POST /tasks on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  async function counts() {
    const [tasks] = await t.knex('coordination_tasks').count({ n: '*' });
    const [events] = await t.knex('coordination_events').count({ n: '*' });
    return { tasks: Number(tasks.n), events: Number(events.n) };
  }

  it('creates a task in CREATED with defaults, normalised fields and one event', async () => {
    const res = await t.http.post('cm', '/tasks', {
      title: '  Plan the VPC  ',
      kind: 'network_setup',
      component: 'vpc',
      assignee: 'network_engineer',
      estimate: 6.5,
      dueDate: '2027-02-28',
      labels: ['net', 'q1', 'net'],
    });
    expect(res.status).toBe(201);
    const task = res.body.task;
    expect(task).toMatchObject({
      title: 'Plan the VPC',
      description: null,
      kind: 'network_setup',
      component: 'component:default/vpc',
      assignee: 'network_engineer',
      priority: 'P2',
      estimate: 6.5,
      dueDate: '2027-02-28',
      labels: ['net', 'q1'],
      state: 'CREATED',
      version: 1,
      dependencies: [],
      blockedBy: [],
      createdBy: 'user:default/cm',
    });
    expect(res.body.warnings).toEqual([]);

    const events = await t.http.get('cm', `/tasks/${task.id}/events`);
    expect(events.body.items).toHaveLength(1);
    expect(events.body.items[0]).toMatchObject({
      type: 'task.created',
      actor: 'user:default/cm',
      actorAgent: 'context_manager',
      subject: { type: 'task', id: task.id },
      before: null,
    });
    // Who blocks and holds it is derived when read, not part of the recorded state.
    const { blockedBy: _blockers, heldBy: _holds, ...stored } = task;
    expect(events.body.items[0].after).toEqual(stored);
    recordEngine(databaseId);
  });

  it('refuses a caller mapped to no agent: it only reads', async () => {
    const before = await counts();
    const res = await t.http.post('nobody', '/tasks', { title: 'x', kind: 'general' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ name: 'NotAllowedError', code: 'read_only_caller' });
    expect(res.body.error.message).toContain('user:default/nobody is mapped to no framework agent');
    expect(await counts()).toEqual(before);
  });

  it('lets an agent assign a new task to itself but not to another agent; the context manager may', async () => {
    const own = await t.http.post('net', '/tasks', { title: 'x', kind: 'general', assignee: 'network_engineer' });
    expect(own.status).toBe(201);
    const before = await counts();
    const other = await t.http.post('net', '/tasks', { title: 'x', kind: 'general', assignee: 'api_developer' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('reassign_not_permitted');
    expect(other.body.error.message).toContain('network_engineer may not assign a new task to api_developer');
    expect(await counts()).toEqual(before);
    const byCm = await t.http.post('cm', '/tasks', { title: 'x', kind: 'general', assignee: 'api_developer' });
    expect(byCm.status).toBe(201);
  });

  it('records dependencies given at creation, classified by the framework rules', async () => {
    const infra = await t.createTask({ kind: 'infrastructure_changes' });
    const docs = await t.createTask({ kind: 'documentation_updates' });
    const task = await t.createTask({
      kind: 'api_development',
      dependencies: [{ taskId: infra.id }, { taskId: docs.id }],
    });
    const byId = Object.fromEntries(task.dependencies.map(d => [d.taskId, d]));
    expect(byId[infra.id]).toMatchObject({ blocking: true, source: 'rule', timeout: '24h' });
    expect(byId[docs.id]).toMatchObject({ blocking: false, source: 'rule', timeout: '72h' });
    expect(task.blockedBy).toEqual([infra.id]);
  });

  it.each([
    [{ title: 42, kind: 'general' }, 'title: must be string'],
    [{ kind: 'general' }, 'title: required'],
    [{ title: ' ', kind: 'general' }, 'title: must not be empty'],
    [{ title: 'x', kind: 'general', owner: 'me' }, 'owner: unknown field'],
    [{ title: 'x', kind: 'painting' }, "kind: unknown work kind 'painting'; the framework's work kinds are infrastructure_changes"],
    [{ title: 'x', kind: 'general', assignee: 'nobody' }, "assignee: unknown agent 'nobody'; the framework's agents are context_manager, infrastructure_architect"],
    [{ title: 'x', kind: 'general', component: 'a:b:c' }, "component: must be a catalog entity ref such as component:default/vpc (invalid name 'b:c')"],
    [{ title: 'x', kind: 'general', component: 'component:' }, 'component: must be a catalog entity ref'],
    [{ title: 'x', kind: 'general', priority: 'P9' }, 'priority: must be equal to one of the allowed values'],
    [{ title: 'x', kind: 'general', estimate: -1 }, 'estimate: must be >= 0'],
    [{ title: 'x', kind: 'general', dueDate: '2027-02-30' }, 'dueDate: must match format "date"'],
    [{ title: 'x', kind: 'general', labels: ['has space'] }, 'labels[0]: must match pattern'],
    [{ title: 'x', kind: 'general', dependencies: [{ taskId: 'missing' }] }, "dependencies[0].taskId: no task with id 'missing'"],
    [{ title: 'x', kind: 'general', dependencies: [{ taskId: 'a', block: true }] }, 'dependencies[0].block: unknown field'],
    [[{ title: 'x' }], 'body: must be object'],
    [{ title: 'x', kind: 'general', estimate: 1, dueDate: 'soon', priority: 'P7' }, 'priority: must be equal to one of the allowed values: P0, P1, P2, P3; dueDate: must match format "date"'],
  ])('refuses %j with a 400 naming the field, changing nothing', async (body, message) => {
    const before = await counts();
    const res = await t.http.post('cm', '/tasks', body as object);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const before = await counts();
    const malformed = await request(t.server)
      .post(`${BASE}/tasks`)
      .set('Authorization', t.auth('cm'))
      .set('Content-Type', 'application/json')
      .send('{"title": ');
    expect(malformed.status).toBe(400);
    const huge = await t.http.post('cm', '/tasks', {
      title: 'x',
      kind: 'general',
      description: 'x'.repeat(300 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it('returns the first result for a retry with the same Idempotency-Key and creates nothing', async () => {
    const body = { title: 'Once only', kind: 'general' };
    const first = await t.http.post('cm', '/tasks', body).set('Idempotency-Key', 'create-once-1');
    expect(first.status).toBe(201);
    const before = await counts();
    const retry = await t.http.post('cm', '/tasks', body).set('Idempotency-Key', 'create-once-1');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await counts()).toEqual(before);

    // The key belongs to the caller: another caller's same key is a new request.
    const other = await t.http.post('api', '/tasks', body).set('Idempotency-Key', 'create-once-1');
    expect(other.status).toBe(201);
    expect(other.body.task.id).not.toBe(first.body.task.id);
  });

  it('refuses the same Idempotency-Key with a different body (422), changing nothing', async () => {
    await t.http.post('cm', '/tasks', { title: 'One', kind: 'general' }).set('Idempotency-Key', 'k-422');
    const before = await counts();
    const res = await t.http
      .post('cm', '/tasks', { title: 'Two', kind: 'general' })
      .set('Idempotency-Key', 'k-422');
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain("Idempotency-Key 'k-422' was already used for a different request");
    expect(await counts()).toEqual(before);
  });

  it('creates once when the same keyed request arrives twice at the same time', async () => {
    const body = { title: 'Raced', kind: 'general' };
    const [a, b] = await Promise.all([
      t.http.post('cm', '/tasks', body).set('Idempotency-Key', 'raced-1'),
      t.http.post('cm', '/tasks', body).set('Idempotency-Key', 'raced-1'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.task.id).toBe(b.body.task.id);
    const rows = await t.knex('coordination_tasks').where({ title: 'Raced' });
    expect(rows).toHaveLength(1);
  });

  it('needs credentials', async () => {
    const res = await request(t.server).post(`${BASE}/tasks`).send({ title: 'x', kind: 'general' });
    expect(res.status).toBe(401);
  });
});
