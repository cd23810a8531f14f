import {
  agentCoordinationTaskConditions as conditions,
  agentCoordinationTaskCreatePermission,
  TASK_RESOURCE_TYPE,
  type AgentSummary,
} from '@agent-coordination/plugin-agent-coordination-common';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { agentCoordinationPlugin } from '../../plugin';
import { exampleEntities } from '../../__testUtils__/exampleAgents';
import { policyPermissions } from '../../__testUtils__/policyPermissions';
import {
  BASE,
  USER,
  startAgentBackend,
} from '../../__testUtils__/startAgentBackend';
import {
  CALLERS,
  startTaskBackend,
  type Caller,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('GET /agents', () => {
  it('lists the example agents by tier and agentId, with derived fields', async () => {
    const { backend, get } = await startAgentBackend();
    try {
      const res = await get('/agents');
      expect(res.status).toBe(200);
      const items = res.body.items;
      expect(items.map((a: any) => a.entity.spec.agentId)).toEqual(
        Array.from(
          { length: 14 },
          (_, i) => `agent-${String(i + 1).padStart(3, '0')}`,
        ),
      );
      const network = items.find(
        (a: any) => a.entityRef === 'agent:default/network-engineer',
      );
      expect(network).toMatchObject({
        tierName: 'Infrastructure Layer',
        dependencies: [
          { agent: 'agent:default/infrastructure-architect', blocking: true },
        ],
        dependents: [
          { agent: 'agent:default/kubernetes-specialist', blocking: true },
          { agent: 'agent:default/testing-engineer', blocking: false },
          { agent: 'agent:default/documentation-specialist', blocking: false },
        ],
        dependenciesCount: 1,
        dependentsCount: 3,
        openTasks: 0,
      });
      expect(network.entity.spec.ownership.paths).toEqual([
        'components/terraform/vpc/*',
        'components/terraform/dns/*',
      ]);
      const docs = items.find(
        (a: any) => a.entity.metadata.name === 'documentation-specialist',
      );
      expect(docs).toMatchObject({
        tierName: 'Quality & Documentation',
        dependenciesCount: 13,
        dependentsCount: 0,
      });
    } finally {
      await backend.stop();
    }
  });

  it('leaves out other kinds, Agents of another apiVersion and links to missing agents', async () => {
    const [manager, architect] = exampleEntities('agents.yaml');
    const foreign = {
      ...manager,
      apiVersion: 'example.com/v1',
      metadata: { name: 'foreign' },
    };
    const { backend, get } = await startAgentBackend([
      architect,
      foreign,
      ...exampleEntities('infrastructure.yaml'),
    ]);
    try {
      const res = await get('/agents');
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0]).toMatchObject({
        entityRef: 'agent:default/infrastructure-architect',
        dependencies: [],
        dependenciesCount: 0,
      });
    } finally {
      await backend.stop();
    }
  });

  it("reads the catalog with the caller's credentials", async () => {
    const catalog = catalogServiceMock.mock({
      getEntities: jest.fn(async () => ({ items: [] })),
    });
    const backend = await startTestBackend({
      features: [agentCoordinationPlugin, catalog.factory],
    });
    try {
      const res = await request(backend.server)
        .get(`${BASE}/agents`)
        .set('Authorization', mockCredentials.user.header(USER));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [] });
      expect(catalog.getEntities).toHaveBeenCalledWith(
        { filter: { kind: 'Agent' } },
        { credentials: mockCredentials.user(USER) },
      );
    } finally {
      await backend.stop();
    }
  });

  it('answers 401 without credentials and does not read the catalog', async () => {
    const catalog = catalogServiceMock.mock();
    const backend = await startTestBackend({
      features: [
        agentCoordinationPlugin,
        catalog.factory,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    try {
      const res = await request(backend.server).get(`${BASE}/agents`);
      expect(res.status).toBe(401);
      expect(catalog.getEntities).not.toHaveBeenCalled();
    } finally {
      await backend.stop();
    }
  });
});

/**
 * cm may read every task, `nobody` none, and every other caller its own
 * agent's tasks only, as in the portal's policy.
 */
function ownTasksPolicy(
  permission: { name: string },
  principal: string,
): PolicyDecision {
  const agent = Object.values(CALLERS).find(
    c => c.principal === principal,
  )?.agent;
  if (!agent) return { result: AuthorizeResult.DENY };
  if (agent === 'context_manager') return { result: AuthorizeResult.ALLOW };
  if (permission.name === agentCoordinationTaskCreatePermission.name) {
    return { result: AuthorizeResult.ALLOW };
  }
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'agent-coordination',
    resourceType: TASK_RESOURCE_TYPE,
    conditions: conditions.isAssignee({ agents: [agent] }),
  };
}

describe.each(databases.eachSupportedId())(
  'GET /agents open tasks on %p',
  databaseId => {
    let t: TaskBackend;
    beforeAll(async () => {
      t = await startTaskBackend(databases, databaseId, [
        catalogServiceMock.factory({
          entities: exampleEntities('agents.yaml'),
        }),
        policyPermissions(ownTasksPolicy),
      ]);
      // network_engineer (agent-004): two open, two finished.
      await t.taskIn('CREATED');
      await t.taskIn('BLOCKED');
      await t.taskIn('COMPLETED');
      await t.taskIn('FAILED');
      // api_developer (agent-006): one open; and one task nobody holds.
      await t.createTask({ assignee: 'api_developer' });
      await t.createTask({});
    }, 120_000);
    afterAll(() => t?.backend.stop());

    async function openTasks(who: Caller): Promise<Record<string, number>> {
      const res = await t.http.get(who, '/agents');
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(14);
      return Object.fromEntries(
        (res.body.items as AgentSummary[])
          .filter(a => a.openTasks !== 0)
          .map(a => [a.entity.metadata.name, a.openTasks]),
      );
    }

    it("counts each agent's tasks that are not in a terminal state", async () => {
      expect(await openTasks('cm')).toEqual({
        'network-engineer': 2,
        'api-developer': 1,
      });
      recordEngine(databaseId);
    });

    it('counts only the tasks the caller may read, as GET /tasks lists them', async () => {
      expect(await openTasks('net')).toEqual({ 'network-engineer': 2 });
      expect(await openTasks('api')).toEqual({ 'api-developer': 1 });
      const listed = await t.http.get('api', '/tasks');
      expect(
        listed.body.items.map((x: { assignee: string }) => x.assignee),
      ).toEqual(['api_developer']);
    });

    it('lists the agents with no tasks counted for a caller refused reading tasks', async () => {
      expect((await t.http.get('nobody', '/tasks')).status).toBe(403);
      expect(await openTasks('nobody')).toEqual({});
    });
  },
);
