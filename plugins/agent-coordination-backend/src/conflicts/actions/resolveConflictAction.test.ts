import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the resolve-conflict action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  it("lets the level's authority decide with a rationale, releasing the tasks it held", async () => {
    const task = await t.taskIn('IN_PROGRESS');
    const conflict = (
      await t.http.post('net', '/conflicts', {
        type: 'technical',
        category: 'security',
        title: 'IAM wildcard on the API role',
        parties: ['security_specialist', 'api_developer'],
        blocks: [task.id],
      })
    ).body;
    expect(conflict.authority.name).toBe('Security Spec');

    const refused = await t.action('api', 'resolve-conflict', {
      conflictId: conflict.id,
      decision: 'Keep it',
      rationale: 'Convenient',
      version: conflict.version,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('Security Spec');

    const res = await t.action('sec', 'resolve-conflict', {
      conflictId: conflict.id,
      decision: 'Scope the role to the two buckets it reads',
      rationale: 'Least privilege (§4.2 security row)',
      version: conflict.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.output.conflict).toMatchObject({ status: 'resolved', decision: 'Scope the role to the two buckets it reads' });
    const released = await t.http.get('net', `/tasks/${task.id}`);
    expect(released.body).toMatchObject({ state: 'IN_PROGRESS', heldBy: [] });
  });

  it('refuses a resolution without a rationale', async () => {
    const res = await t.action('sec', 'resolve-conflict', { conflictId: 'x', decision: 'A', version: 1 });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.cause.issues.map((i: any) => i.path))).toBe('[["rationale"]]');
  });
});
