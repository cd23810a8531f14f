import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';
import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { CONFLICTS } from '../store/tables';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('POST /change-sets on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const conflictsOf = async (changeSet: string) => Number((await t.knex(CONFLICTS).where('change_set', changeSet).count({ n: '*' }))[0].n);

  it('opens an ownership conflict for paths of another agent, and the same change set again opens nothing', async () => {
    const body = {
      agent: 'api_developer',
      paths: ['components/terraform/vpc/main.tf', 'platform/api/server.ts', './components/terraform/vpc/outputs.tf'],
      ref: 'https://git.example.com/infra/pull/42',
    };
    const first = await t.http.post('api', '/change-sets', body);
    expect(first.status).toBe(200);
    expect(first.body.opened).toBe(1);
    expect(first.body.paths.map((p: { path: string; primary: string[]; foreign: boolean }) => [p.path, p.primary, p.foreign])).toEqual([
      ['components/terraform/vpc/main.tf', ['network_engineer'], true],
      ['components/terraform/vpc/outputs.tf', ['network_engineer'], true],
      ['platform/api/server.ts', ['api_developer'], false],
    ]);
    const [conflict] = first.body.conflicts as Conflict[];
    expect(conflict).toMatchObject({
      type: 'ownership',
      level: 'L1',
      parties: ['api_developer', 'network_engineer'],
      subject: { paths: ['components/terraform/vpc/main.tf', 'components/terraform/vpc/outputs.tf'] },
      primaryOwners: ['network_engineer'],
      authority: { kind: 'primary_owner', agents: ['network_engineer'] },
      changeSet: first.body.id,
      title: 'api_developer changes 2 paths owned by network_engineer',
    });
    expect(conflict.description).toContain('https://git.example.com/infra/pull/42');

    // The same change, paths in another order and spelling: the same change set.
    const again = await t.http.post('api', '/change-sets', { ...body, paths: [...body.paths].reverse().map(p => p.replace(/^\.\//, '')) });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, opened: 0 });
    expect(again.body.conflicts.map((c: Conflict) => c.id)).toEqual([conflict.id]);
    expect(await conflictsOf(first.body.id)).toBe(1);

    // The primary owner decides at L1.
    const decided = await t.http.post('net', `/conflicts/${conflict.id}/resolution`, {
      decision: 'The network engineer makes the VPC change',
      rationale: 'It is theirs',
      version: conflict.version,
    });
    expect(decided.status).toBe(200);
    recordEngine(databaseId);
  });

  it('opens one conflict, not two, for the same change set sent twice at once', async () => {
    const body = { agent: 'api_developer', paths: ['security/iam/admin.json'] };
    const [a, b] = await Promise.all([t.http.post('api', '/change-sets', body), t.http.post('api', '/change-sets', body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.opened + b.body.opened).toBe(1);
    expect(await conflictsOf(a.body.id)).toBe(1);
  });

  it('calls paths two agents claim equally a conflict between them, even for one of the two', async () => {
    const res = await t.http.post('cm', '/change-sets', { agent: 'cicd_engineer', paths: ['workflows/release.yaml'] });
    expect(res.body.paths[0]).toMatchObject({ primary: ['infrastructure_architect', 'cicd_engineer'], conflict: true, foreign: false });
    expect(res.body.conflicts).toEqual([
      expect.objectContaining({ parties: ['cicd_engineer', 'infrastructure_architect'], primaryOwners: ['infrastructure_architect', 'cicd_engineer'] }),
    ]);
  });

  it('opens nothing for paths the agent owns or nobody owns, and refuses bad input', async () => {
    const res = await t.http.post('net', '/change-sets', { agent: 'network_engineer', paths: ['components/terraform/dns/zone.tf', 'scratch/notes.md'] });
    expect(res.body).toMatchObject({ opened: 0, conflicts: [] });
    const bad = await t.http.post('net', '/change-sets', { agent: 'network_engineer', paths: ['../secrets'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("'paths[0]' must not contain '..'");
    const unknown = await t.http.post('net', '/change-sets', { agent: 'wizard', paths: ['a'] });
    expect(unknown.status).toBe(400);
    const nobody = await t.http.post('nobody', '/change-sets', { agent: 'network_engineer', paths: ['security/x'] });
    expect(nobody.status).toBe(403);
  });
});
