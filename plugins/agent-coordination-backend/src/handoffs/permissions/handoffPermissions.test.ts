import {
  agentCoordinationHandoffConditions as conditions,
  agentCoordinationHandoffCreatePermission,
  HANDOFF_RESOURCE_TYPE,
  type Handoff,
} from '@agent-coordination/plugin-agent-coordination-common';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { policyPermissions } from '../../__testUtils__/policyPermissions';
import {
  CALLERS,
  startTaskBackend,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();
const agentOf = (principal: string) =>
  Object.values(CALLERS).find(c => c.principal === principal)?.agent ?? null;

/** cm sees and does everything; every agent opens; an agent reads and acts on the handoffs it sends or receives. */
function policy(
  permission: { name: string },
  principal: string,
): PolicyDecision {
  const agent = agentOf(principal);
  if (!agent) return { result: AuthorizeResult.DENY };
  if (agent === 'context_manager') return { result: AuthorizeResult.ALLOW };
  if (!permission.name.startsWith('agent-coordination.handoff.'))
    return { result: AuthorizeResult.ALLOW };
  if (permission.name === agentCoordinationHandoffCreatePermission.name)
    return { result: AuthorizeResult.ALLOW };
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'agent-coordination',
    resourceType: HANDOFF_RESOURCE_TYPE,
    conditions: conditions.isParty({ agents: [agent] }),
  };
}

describe.each(databases.eachSupportedId())(
  'handoff permissions through HTTP on %p',
  databaseId => {
    let t: TaskBackend;
    beforeAll(async () => {
      t = await startTaskBackend(databases, databaseId, [
        policyPermissions(policy),
      ]);
    }, 120_000);
    afterAll(() => t?.backend.stop());

    const open = async (to: string, title: string): Promise<Handoff> => {
      const res = await t.http.post('cm', '/handoffs', {
        from: 'security_specialist',
        to,
        title,
      });
      if (res.status !== 201)
        throw new Error(
          `open failed: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    };

    it('lists, reads and shows the events of only the handoffs a party is in, in full pages, and refuses acting on the others', async () => {
      const title = `perm-${databaseId}`;
      const made: Handoff[] = [];
      for (let i = 0; i < 3; i++) {
        made.push(await open('network_engineer', title));
        made.push(await open('api_developer', title));
      }
      const ids: string[] = [];
      const sizes: number[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.http.get(
          'net',
          `/handoffs?limit=2${
            cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
          }`,
        );
        expect(res.status).toBe(200);
        ids.push(
          ...res.body.items
            .filter((h: Handoff) => h.title === title)
            .map((h: Handoff) => h.id),
        );
        sizes.push(res.body.items.length);
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(ids.sort()).toEqual(
        made
          .filter(h => h.to === 'network_engineer')
          .map(h => h.id)
          .sort(),
      );
      expect(sizes.slice(0, -1).every(n => n === 2)).toBe(true);
      const theirs = made.find(h => h.to === 'api_developer')!;
      expect((await t.http.get('net', `/handoffs/${theirs.id}`)).status).toBe(
        403,
      );
      expect(
        (await t.http.get('net', `/handoffs/${theirs.id}/document`)).status,
      ).toBe(403);
      const events = (await t.http.get('net', '/events?limit=200')).body.items;
      expect(events.some((e: any) => e.type === 'handoff.opened')).toBe(true);
      expect(events.filter((e: any) => e.subject?.id === theirs.id)).toEqual(
        [],
      );
      const act = await t.http.post(
        'net',
        `/handoffs/${theirs.id}/acknowledgment`,
        { version: 1 },
      );
      expect(act.status).toBe(403);
      expect(
        (await t.http.get('cm', `/handoffs/${theirs.id}`)).body.version,
      ).toBe(1);
      expect((await t.http.get('nobody', '/handoffs')).status).toBe(403);
      recordEngine(databaseId);
    });
  },
);
