import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { agentCoordinationPlugin } from '../../plugin';
import { exampleEntities } from '../../__testUtils__/exampleAgents';
import {
  BASE,
  USER,
  startAgentBackend,
} from '../../__testUtils__/startAgentBackend';

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
