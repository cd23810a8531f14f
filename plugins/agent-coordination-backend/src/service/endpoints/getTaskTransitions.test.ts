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
      roles: ['assignee'],
      transitions: [{ to: 'FAILED', trigger: 'Unrecoverable error' }],
    });
    expect((await allowed('api', review.id)).transitions.map((x: { to: string }) => x.to)).toEqual([
      'COMPLETED',
      'IN_PROGRESS',
    ]);
    expect(await allowed('cm', review.id)).toMatchObject({
      roles: ['context_manager', 'reviewer'],
      transitions: [
        { to: 'COMPLETED', trigger: 'Approved' },
        { to: 'IN_PROGRESS', trigger: 'Changes requested' },
        { to: 'FAILED', trigger: 'Unrecoverable error' },
      ],
    });
    expect(await allowed('nobody', review.id)).toMatchObject({ agent: null, roles: [], transitions: [] });
    recordEngine(databaseId);
  });

  it('does not offer ASSIGNED for a task without an assignee, nor anything the system alone may do', async () => {
    const bare = await t.createTask();
    expect((await allowed('cm', bare.id)).transitions).toEqual([{ to: 'FAILED', trigger: 'Unrecoverable error' }]);
    const blocked = await t.taskIn('BLOCKED');
    expect((await allowed('cm', blocked.id)).transitions.map((x: { to: string }) => x.to)).toEqual(['FAILED']);
  });

  it('answers 404 for an unknown task and 401 without credentials', async () => {
    expect((await t.http.get('cm', '/tasks/nope/transitions')).status).toBe(404);
    expect((await request(t.server).get(`${BASE}/tasks/x/transitions`)).status).toBe(401);
  });
});
