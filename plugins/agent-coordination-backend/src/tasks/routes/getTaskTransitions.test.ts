import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('GET /tasks/{id}/transitions on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  const allowed = async (who: 'cm' | 'net' | 'api' | 'nobody', id: string) =>
    (await t.http.get(who, `/tasks/${id}/transitions`)).body;

  it("answers per caller, from the framework's rules", async () => {
    const review = await t.taskIn('REVIEW');
    expect(await allowed('net', review.id)).toEqual({
      state: 'REVIEW',
      version: review.version,
      agent: 'network_engineer',
      roles: ['any_agent', 'assignee'],
      transitions: [{ to: 'FAILED', trigger: 'Unrecoverable error' }],
      actions: {
        edit: true,
        reassign: false,
        addDependency: true,
        removeDependency: true,
        editableFields: ['title', 'description', 'kind', 'component', 'priority', 'estimate', 'dueDate', 'labels'],
      },
    });
    expect((await allowed('api', review.id)).transitions.map((x: { to: string }) => x.to)).toEqual([
      'COMPLETED',
      'IN_PROGRESS',
    ]);
    expect(await allowed('cm', review.id)).toMatchObject({
      roles: ['any_agent', 'context_manager', 'reviewer', 'creator'],
      actions: { edit: true, reassign: true },
      transitions: [
        { to: 'COMPLETED', trigger: 'Approved' },
        { to: 'IN_PROGRESS', trigger: 'Changes requested' },
        { to: 'FAILED', trigger: 'Unrecoverable error' },
      ],
    });
    expect(await allowed('nobody', review.id)).toMatchObject({
      agent: null,
      roles: [],
      transitions: [],
      actions: { edit: false, reassign: false, addDependency: false, removeDependency: false, editableFields: [] },
    });
    recordEngine(databaseId);
  });

  it('does not offer ASSIGNED for a task without an assignee, nor anything the system alone may do', async () => {
    const bare = await t.createTask();
    expect((await allowed('cm', bare.id)).transitions).toEqual([{ to: 'FAILED', trigger: 'Unrecoverable error' }]);
    const blocked = await t.taskIn('BLOCKED');
    expect((await allowed('cm', blocked.id)).transitions.map((x: { to: string }) => x.to)).toEqual(['FAILED']);
  });

  it('offers the assignee to resume a block it set itself, but not one a dependency still holds', async () => {
    const byHand = await t.taskIn('BLOCKED');
    expect((await allowed('net', byHand.id)).transitions.map((x: { to: string }) => x.to)).toEqual([
      'IN_PROGRESS',
      'FAILED',
    ]);
    const blocker = await t.createTask({ kind: 'network_setup' });
    const waiting = await t.taskIn('IN_PROGRESS', { kind: 'service_deployment', dependencies: [{ taskId: blocker.id }] });
    const now = (await t.http.get('cm', `/tasks/${waiting.id}`)).body;
    expect(now.state).toBe('BLOCKED');
    expect((await allowed('net', waiting.id)).transitions.map((x: { to: string }) => x.to)).toEqual(['FAILED']);
  });

  it('answers 404 for an unknown task and 401 without credentials', async () => {
    expect((await t.http.get('cm', '/tasks/nope/transitions')).status).toBe(404);
    expect((await request(t.server).get(`${BASE}/tasks/x/transitions`)).status).toBe(401);
  });
});
