import request from 'supertest';
import { exampleEntities } from '../../__testUtils__/exampleAgents';
import { startAgentBackend } from '../../__testUtils__/startAgentBackend';

const ref = (name: string) => `agent:default/${name}`;

describe('GET /agents/graph', () => {
  it('returns the example agents, both kinds of edges and the blocking analysis', async () => {
    const { backend, get } = await startAgentBackend();
    try {
      const res = await get('/agents/graph');
      expect(res.status).toBe(200);
      const { nodes, edges, analysis } = res.body;
      expect(nodes).toHaveLength(14);
      expect(nodes.find((n: any) => n.id === ref('network-engineer'))).toEqual({
        id: ref('network-engineer'),
        name: 'network-engineer',
        title: 'Network Engineer',
        agentId: 'agent-004',
        tier: 2,
        tierName: 'Infrastructure Layer',
        authority: 'SENIOR',
      });
      expect(edges).toContainEqual({
        from: ref('kubernetes-specialist'),
        to: ref('network-engineer'),
        blocking: true,
      });
      expect(edges).toContainEqual({
        from: ref('testing-engineer'),
        to: ref('network-engineer'),
        blocking: false,
      });
      expect(edges.filter((e: any) => e.blocking)).toHaveLength(16);
      expect(edges.filter((e: any) => !e.blocking)).toHaveLength(22);
      expect(analysis.cycles).toEqual([]);
      expect(analysis.order).toHaveLength(14);
      expect(analysis.order[0]).toBe(ref('context-manager'));
      expect(analysis.criticalPath).toEqual({
        path: [
          ref('context-manager'),
          ref('infrastructure-architect'),
          ref('network-engineer'),
          ref('kubernetes-specialist'),
          ref('observability-engineer'),
          ref('cost-optimizer'),
        ],
        length: 6,
      });
    } finally {
      await backend.stop();
    }
  });

  it('reports a blocking cycle and ignores non-blocking ones', async () => {
    const agents = exampleEntities('agents.yaml') as any[];
    const manager = agents.find(a => a.metadata.name === 'context-manager');
    manager.spec.dependsOn = ['agent:default/cost-optimizer'];
    manager.spec.nonBlockingDependsOn = ['agent:default/testing-engineer'];
    const { backend, get } = await startAgentBackend(agents);
    try {
      const res = await get('/agents/graph');
      expect(res.status).toBe(200);
      expect(res.body.analysis.cycles).toEqual([
        [
          ref('context-manager'),
          ref('cost-optimizer'),
          ref('observability-engineer'),
          ref('infrastructure-architect'),
        ],
      ]);
      // The shortest cycle is reported; its whole component is cyclic.
      expect(res.body.analysis.cyclic).toHaveLength(6);
      expect(res.body.analysis.order).not.toContain(ref('context-manager'));
      expect(res.body.edges).toContainEqual({
        from: ref('context-manager'),
        to: ref('testing-engineer'),
        blocking: false,
      });
    } finally {
      await backend.stop();
    }
  });

  it('answers 401 without credentials', async () => {
    const { backend, server } = await startAgentBackend([]);
    try {
      const res = await request(server).get(
        '/api/agent-coordination/agents/graph',
      );
      expect(res.status).toBe(401);
    } finally {
      await backend.stop();
    }
  });
});
