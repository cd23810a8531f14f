import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the vote-on-conflict action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const open = async () =>
    (
      await t.http.post('net', '/conflicts', {
        type: 'technical',
        category: 'code_merge',
        title: 'Two CIDR plans',
        parties: ['network_engineer', 'api_developer'],
      })
    ).body;

  it('resolves a consensus level when the second party votes for the same decision', async () => {
    const conflict = await open();
    const first = await t.action('net', 'vote-on-conflict', { conflictId: conflict.id, position: 'Use 10.1.0.0/16', version: conflict.version });
    expect(first.status).toBe(200);
    expect(first.body.output.conflict).toMatchObject({ status: 'open', decision: null, version: 2 });
    const second = await t.action('api', 'vote-on-conflict', {
      conflictId: conflict.id,
      position: 'Use 10.1.0.0/16',
      rationale: 'It leaves room for the API subnets',
      version: first.body.output.conflict.version,
    });
    expect(second.status).toBe(200);
    expect(second.body.output.conflict).toMatchObject({ status: 'resolved', decision: 'Use 10.1.0.0/16' });
  });

  it("refuses a vote from an agent that is not a party, and a stale version, changing nothing", async () => {
    const conflict = await open();
    const outsider = await t.action('sec', 'vote-on-conflict', { conflictId: conflict.id, position: 'Mine', version: conflict.version });
    expect(outsider.status).toBe(403);
    const voted = await t.action('net', 'vote-on-conflict', { conflictId: conflict.id, position: 'A', version: conflict.version });
    expect(voted.status).toBe(200);
    const stale = await t.action('api', 'vote-on-conflict', { conflictId: conflict.id, position: 'A', version: conflict.version });
    expect(stale.status).toBe(409);
    const now = await t.http.get('net', `/conflicts/${conflict.id}`);
    expect(now.body).toMatchObject({ status: 'open', version: 2 });
  });

  it('answers 404 for a conflict that does not exist', async () => {
    const res = await t.action('net', 'vote-on-conflict', { conflictId: '00000000-0000-4000-8000-000000000000', position: 'A', version: 1 });
    expect(res.status).toBe(404);
  });
});
