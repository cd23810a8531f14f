import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the escalate-conflict action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  it('moves a conflict to the next level, whose authority now decides', async () => {
    const conflict = (
      await t.http.post('net', '/conflicts', {
        type: 'technical',
        category: 'code_merge',
        title: 'Two plans for the VPC module',
        parties: ['network_engineer', 'api_developer'],
      })
    ).body;
    const res = await t.action('net', 'escalate-conflict', {
      conflictId: conflict.id,
      reason: 'We cannot agree on the CIDR range',
      version: conflict.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.output.conflict).toMatchObject({ level: 'L2', authority: 'Context Manager', status: 'open' });
    const events = await t.http.get('net', `/conflicts/${conflict.id}/events`);
    expect(events.body.items.map((e: any) => e.type)).toContain('conflict.escalated');
  });

  it('refuses an agent that is neither party, authority nor context manager', async () => {
    const conflict = (
      await t.http.post('net', '/conflicts', {
        type: 'technical',
        category: 'code_merge',
        title: 'Another plan',
        parties: ['network_engineer', 'api_developer'],
      })
    ).body;
    const res = await t.action('sec', 'escalate-conflict', { conflictId: conflict.id, reason: 'Because', version: conflict.version });
    expect(res.status).toBe(403);
    expect((await t.http.get('net', `/conflicts/${conflict.id}`)).body.level).toBe('L1');
  });
});
