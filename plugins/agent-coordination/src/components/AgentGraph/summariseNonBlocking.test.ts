import type { AgentGraph } from '@agent-coordination/plugin-agent-coordination-common';
import { describeFollows, summariseNonBlocking } from './summariseNonBlocking';

/** Agents a1, a2 in tier 1, b1, b2 in tier 2, c1 in tier 3, d1 in tier 4. */
function graph(edges: Array<[string, string, boolean]>): AgentGraph {
  const nodes = [
    ['a1', 1],
    ['a2', 1],
    ['b1', 2],
    ['b2', 2],
    ['c1', 3],
    ['d1', 4],
  ].map(([id, tier]) => ({
    id: String(id),
    name: String(id),
    title: String(id),
    agentId: 'agent-001',
    tier: Number(tier),
    authority: 'STANDARD',
  }));
  return {
    nodes,
    edges: edges.map(([from, to, blocking]) => ({ from, to, blocking })),
    analysis: {} as AgentGraph['analysis'],
  };
}

const soft = (from: string, ...to: string[]) =>
  to.map(t => [from, t, false] as [string, string, boolean]);

describe('summariseNonBlocking', () => {
  it('says "all agents" for an agent that follows every other one', () => {
    const g = graph([
      ...soft('d1', 'a1', 'a2', 'b1', 'b2', 'c1'),
      ['b1', 'a1', true],
    ]);
    const { edges, follows } = summariseNonBlocking(g);
    expect(edges).toEqual([{ from: 'b1', to: 'a1', blocking: true }]);
    expect(follows.get('d1')).toEqual({
      all: true,
      tiers: [1, 2, 3],
      agents: 5,
    });
    expect(describeFollows(follows.get('d1')!)).toBe('follows all 5 agents');
  });

  it('summarises whole tiers and keeps the other non-blocking edges', () => {
    const g = graph(
      soft('d1', 'a1', 'a2', 'b1', 'b2', 'c1')
        .slice(0, 4)
        .concat(soft('c1', 'b1')),
    );
    // d1 follows a1, a2, b1, b2 (tiers 1 and 2 whole); c1 follows b1 alone.
    const { edges, follows } = summariseNonBlocking(g);
    expect(follows.get('d1')).toEqual({ all: false, tiers: [1, 2], agents: 4 });
    expect(describeFollows(follows.get('d1')!)).toBe(
      'follows tiers 1–2 (4 agents)',
    );
    expect(follows.has('c1')).toBe(false);
    expect(edges).toEqual([{ from: 'c1', to: 'b1', blocking: false }]);
  });

  it('draws a single agent and part of a tier as edges', () => {
    const g = graph(soft('d1', 'c1', 'b1'));
    const { edges, follows } = summariseNonBlocking(g);
    expect(follows.size).toBe(0);
    expect(edges).toHaveLength(2);
  });

  it('never summarises blocking edges', () => {
    const g = graph([
      ['d1', 'a1', true],
      ['d1', 'a2', true],
    ]);
    expect(summariseNonBlocking(g)).toEqual({
      edges: g.edges,
      follows: new Map(),
    });
  });

  it('names ranges of tiers', () => {
    expect(describeFollows({ all: false, tiers: [2], agents: 3 })).toBe(
      'follows tier 2 (3 agents)',
    );
    expect(
      describeFollows({ all: false, tiers: [1, 2, 3, 5], agents: 9 }),
    ).toBe('follows tiers 1–3 and 5 (9 agents)');
  });
});
