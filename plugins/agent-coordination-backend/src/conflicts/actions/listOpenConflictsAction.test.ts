import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the list-open-conflicts action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  it('lists open conflicts nearest deadline first, optionally for one party, leaving resolved ones out', async () => {
    const open = async (category: string, parties: string[]) =>
      (await t.http.post('net', '/conflicts', { type: 'technical', category, title: category, parties })).body;
    const merge = await open('code_merge', ['network_engineer', 'api_developer']); // 4h
    const security = await open('security', ['security_specialist', 'api_developer']); // 2h
    const done = await open('security', ['security_specialist', 'network_engineer']);
    await t.http.post('sec', `/conflicts/${done.id}/resolution`, { decision: 'A', rationale: 'B', version: done.version });

    const all = await t.action('net', 'list-open-conflicts', {});
    expect(all.status).toBe(200);
    expect(all.body.output.conflicts.map((c: any) => c.id)).toEqual([security.id, merge.id]);
    expect(all.body.output.conflicts[0]).toMatchObject({ authority: 'Security Spec', level: 'L1' });

    const forNet = await t.action('net', 'list-open-conflicts', { party: 'network_engineer' });
    expect(forNet.body.output.conflicts.map((c: any) => c.id)).toEqual([merge.id]);
  });

  it('refuses a limit out of range', async () => {
    const res = await t.action('net', 'list-open-conflicts', { limit: 0 });
    expect(res.status).toBe(400);
  });
});
