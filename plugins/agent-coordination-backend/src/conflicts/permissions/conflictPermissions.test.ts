import {
  agentCoordinationConflictConditions as conditions,
  agentCoordinationConflictOpenPermission,
  CONFLICT_RESOURCE_TYPE,
  type Conflict,
} from '@agent-coordination/plugin-agent-coordination-common';
import {
  AuthorizeResult,
  type PermissionCriteria,
  type PermissionCondition,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { policyPermissions } from '../../__testUtils__/policyPermissions';
import { CALLERS, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

const agentOf = (principal: string) => Object.values(CALLERS).find(c => c.principal === principal)?.agent ?? null;
const conditional = (criteria: PermissionCriteria<PermissionCondition>): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'agent-coordination',
  resourceType: CONFLICT_RESOURCE_TYPE,
  conditions: criteria,
});

/**
 * cm sees and does everything; every agent may open; an agent reads and acts
 * on the conflicts it is a party to, and `sec` also on those the Security
 * Spec decides (a party or not), to exercise `anyOf` across the two rules.
 * Task permissions are allowed: this is about conflicts.
 */
function policy(permission: { name: string }, principal: string): PolicyDecision {
  const agent = agentOf(principal);
  if (!agent) return { result: AuthorizeResult.DENY };
  if (agent === 'context_manager') return { result: AuthorizeResult.ALLOW };
  if (!permission.name.startsWith('agent-coordination.conflict.')) return { result: AuthorizeResult.ALLOW };
  if (permission.name === agentCoordinationConflictOpenPermission.name) return { result: AuthorizeResult.ALLOW };
  if (agent === 'security_specialist') {
    return conditional({
      anyOf: [conditions.isParty({ agents: [agent] }), conditions.holdsAuthority({ authorities: ['security_specialist'] })],
    });
  }
  return conditional(conditions.isParty({ agents: [agent] }));
}

describe.each(databases.eachSupportedId())('conflict permissions through HTTP on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId, [policyPermissions(policy)]);
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const open = async (body: object): Promise<Conflict> => {
    const res = await t.http.post('cm', '/conflicts', body);
    if (res.status !== 201) throw new Error(`open failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  describe('lists and reads', () => {
    const title = `perm-${databaseId}`;
    const made: Conflict[] = [];
    beforeAll(async () => {
      // Interleaved, so filtering a page after reading it would give short pages.
      for (let i = 0; i < 4; i++) {
        made.push(await open({ type: 'technical', category: 'code_merge', title, parties: ['network_engineer', 'api_developer'] }));
        made.push(await open({ type: 'technical', category: 'security', title, parties: ['api_developer', 'cicd_engineer'] }));
        made.push(await open({ type: 'design', title, parties: ['security_specialist', 'cicd_engineer'] }));
      }
    }, 60_000);

    async function walk(who: 'net' | 'sec' | 'api' | 'cm', limit: number) {
      const ids: string[] = [];
      const sizes: number[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.http.get(who, `/conflicts?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(res.status).toBe(200);
        const mine = res.body.items.filter((c: Conflict) => c.title === title);
        ids.push(...mine.map((c: Conflict) => c.id));
        sizes.push(res.body.items.length);
        cursor = res.body.nextCursor;
      } while (cursor);
      return { ids: ids.sort(), sizes };
    }
    const idsWhere = (pred: (c: Conflict) => boolean) => made.filter(pred).map(c => c.id).sort();

    it('lists only the conflicts a party is in, in full pages', async () => {
      const net = await walk('net', 3);
      expect(net.ids).toEqual(idsWhere(c => c.parties.includes('network_engineer')));
      // Every page but the last is full: the filter is in SQL, not applied after paging.
      expect(net.sizes.slice(0, -1).every(n => n === 3)).toBe(true);
      recordEngine(databaseId);
    });

    it('combines the party and authority rules with anyOf', async () => {
      const sec = await walk('sec', 5);
      expect(sec.ids).toEqual(idsWhere(c => c.parties.includes('security_specialist') || c.authority.id === 'security_specialist'));
      expect(sec.ids).toHaveLength(8);
    });

    it('reads one conflict only when the conditions allow it, and hides its events otherwise', async () => {
      const theirs = made.find(c => !c.parties.includes('network_engineer'))!;
      expect((await t.http.get('net', `/conflicts/${theirs.id}`)).status).toBe(403);
      expect((await t.http.get('net', `/conflicts/${theirs.id}/events`)).status).toBe(403);
      expect((await t.http.get('api', `/conflicts/${theirs.id}`)).status).toBe(200);
      const events = (await t.http.get('net', '/events?limit=200')).body.items;
      expect(events.some((e: any) => e.type === 'conflict.opened')).toBe(true);
      expect(events.filter((e: any) => e.subject?.id === theirs.id)).toEqual([]);
    });

    it('lets the context manager see everything and refuses a caller the policy denies', async () => {
      expect((await walk('cm', 50)).ids).toEqual(made.map(c => c.id).sort());
      expect((await t.http.get('nobody', '/conflicts')).status).toBe(403);
    });
  });

  it("refuses a decision on a conflict the policy puts out of the caller's reach, changing nothing", async () => {
    const conflict = await open({ type: 'technical', category: 'code_merge', title: 'Out of reach', parties: ['network_engineer', 'api_developer'] });
    const vote = await t.http.post('sec', `/conflicts/${conflict.id}/votes`, { position: 'A', version: conflict.version });
    expect(vote.status).toBe(403);
    expect((await t.http.get('cm', `/conflicts/${conflict.id}`)).body.version).toBe(conflict.version);
    const ok = await t.http.post('net', `/conflicts/${conflict.id}/votes`, { position: 'A', version: conflict.version });
    expect(ok.status).toBe(200);
  });

  it('refuses opening to a caller the policy denies', async () => {
    const res = await t.http.post('nobody', '/conflicts', { type: 'design', title: 'No', parties: ['network_engineer', 'api_developer'] });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/mapped to no framework agent|agent-coordination.conflict.open/);
  });
});
