import {
  agentCoordinationMessageConditions as conditions,
  MESSAGE_RESOURCE_TYPE,
  type Message,
} from '@agent-coordination/plugin-agent-coordination-common';
import {
  AuthorizeResult,
  type PermissionCriteria,
  type PermissionCondition,
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
const conditional = (
  criteria: PermissionCriteria<PermissionCondition>,
): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'agent-coordination',
  resourceType: MESSAGE_RESOURCE_TYPE,
  conditions: criteria,
});

/**
 * An organisation's narrower policy on top of the framework's rule: the
 * context manager reads only what it receives or sent (not every inbox);
 * `api` only what it receives; `sec` is refused reading messages at all;
 * everything else is allowed.
 */
function policy(
  permission: { name: string },
  principal: string,
): PolicyDecision {
  const agent = agentOf(principal);
  if (permission.name !== 'agent-coordination.message.read' || !agent)
    return { result: AuthorizeResult.ALLOW };
  if (agent === 'security_specialist') return { result: AuthorizeResult.DENY };
  if (agent === 'api_developer')
    return conditional(conditions.isRecipient({ agents: [agent] }));
  if (agent === 'context_manager') {
    return conditional({
      anyOf: [
        conditions.isRecipient({ agents: [agent] }),
        conditions.isSender({ agents: [agent] }),
      ],
    });
  }
  return { result: AuthorizeResult.ALLOW };
}

describe.each(databases.eachSupportedId())(
  'message permissions through HTTP on %p',
  databaseId => {
    let t: TaskBackend;
    beforeAll(async () => {
      t = await startTaskBackend(databases, databaseId, [
        policyPermissions(policy),
      ]);
    }, 120_000);
    afterAll(() => t?.backend.stop());

    const send = async (
      who: 'net' | 'api' | 'cm',
      body: object,
    ): Promise<Message> => {
      const res = await t.http.post(who, '/messages', body);
      if (res.status !== 201)
        throw new Error(
          `send failed: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    };

    it('narrows lists, inboxes, single reads and the event log with the policy conditions, in SQL', async () => {
      const toApi = await send('net', {
        to: 'api_developer',
        priority: 'P2',
        type: 'UPDATE',
        subject: 'to api',
      });
      const fromApi = await send('api', {
        to: 'network_engineer',
        priority: 'P2',
        type: 'UPDATE',
        subject: 'from api',
      });
      const broadcastByApi = await send('api', {
        to: 'ALL',
        priority: 'P2',
        type: 'UPDATE',
        subject: 'api to all',
      });
      const toCm = await send('net', {
        to: 'context_manager',
        priority: 'P2',
        type: 'UPDATE',
        subject: 'to cm',
      });
      const ids = async (who: 'net' | 'api' | 'cm', path: string) =>
        ((await t.http.get(who, path)).body.items as Message[]).map(m => m.id);

      // api: only what it receives; what it sent, even to ALL, is hidden by the policy.
      const apiSees = await ids('api', '/messages?limit=200');
      expect(apiSees).toContain(toApi.id);
      expect(apiSees).not.toContain(fromApi.id);
      expect(apiSees).not.toContain(broadcastByApi.id);
      expect((await t.http.get('api', `/messages/${fromApi.id}`)).status).toBe(
        403,
      );
      expect((await t.http.get('api', `/messages/${toApi.id}`)).status).toBe(
        200,
      );

      // cm may read every inbox by the framework, but the policy keeps it to its own messages.
      const cmSees = await ids('cm', '/messages?limit=200');
      expect(cmSees).toContain(toCm.id);
      expect(cmSees).toContain(broadcastByApi.id);
      expect(cmSees).not.toContain(toApi.id);
      const apiInbox = await t.http.get('cm', '/agents/api_developer/inbox');
      expect(apiInbox.status).toBe(200);
      expect(apiInbox.body.items.map((m: Message) => m.id)).not.toContain(
        toApi.id,
      );
      expect(apiInbox.body.total).toBe(0);

      // net is allowed by the policy: the framework's rule alone.
      expect(await ids('net', '/messages?limit=200')).toEqual(
        expect.arrayContaining([
          toApi.id,
          fromApi.id,
          broadcastByApi.id,
          toCm.id,
        ]),
      );

      // sec is refused messages: a 403 for lists and inboxes, and no message events in the log.
      expect((await t.http.get('sec', '/messages')).status).toBe(403);
      expect(
        (await t.http.get('sec', '/agents/security_specialist/inbox')).status,
      ).toBe(403);
      const secFeed = (await t.http.get('sec', '/events?limit=200')).body
        .items as Array<{ subject: { type: string } }>;
      expect(secFeed.filter(e => e.subject.type === 'message')).toEqual([]);
      const apiFeed = (await t.http.get('api', '/events?limit=200')).body
        .items as Array<{ subject: { id: string } }>;
      expect(apiFeed.map(e => e.subject.id)).toContain(toApi.id);
      expect(apiFeed.map(e => e.subject.id)).not.toContain(fromApi.id);
      recordEngine(databaseId);
    });
  },
);
