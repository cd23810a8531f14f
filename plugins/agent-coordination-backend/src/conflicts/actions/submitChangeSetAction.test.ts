import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the submit-change-set action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  it("answers each path's owners and opens one ownership conflict for another agent's paths, once", async () => {
    const input = {
      agent: 'api_developer',
      paths: ['components/terraform/vpc/main.tf', 'components/terraform/vpc/outputs.tf'],
      ref: 'https://git.example.com/infra/pull/12',
    };
    const res = await t.action('api', 'submit-change-set', input);
    expect(res.status).toBe(200);
    const out = res.body.output;
    expect(out.paths).toEqual([
      { path: 'components/terraform/vpc/main.tf', primary: ['network_engineer'], conflict: false, foreign: true },
      { path: 'components/terraform/vpc/outputs.tf', primary: ['network_engineer'], conflict: false, foreign: true },
    ]);
    expect(out.opened).toBe(1);
    expect(out.conflicts).toEqual([
      expect.objectContaining({ type: 'ownership', status: 'open', parties: expect.arrayContaining(['api_developer', 'network_engineer']) }),
    ]);

    const again = await t.action('api', 'submit-change-set', input);
    expect(again.body.output).toMatchObject({ changeSet: out.changeSet, opened: 0 });
    expect(again.body.output.conflicts.map((c: any) => c.id)).toEqual(out.conflicts.map((c: any) => c.id));
  });

  it('refuses a path outside the repository', async () => {
    const res = await t.action('api', 'submit-change-set', { agent: 'api_developer', paths: ['../secrets'] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("'..'");
  });
});
