import fc from 'fast-check';
import {
  analyzeGraph,
  blockedBy,
  criticalPath,
  dependentsOf,
  findCycle,
  findCycles,
  GraphEdge,
  GraphInput,
  topologicalOrder,
} from './graph';

const edge = (from: string, to: string, blocking = true): GraphEdge => ({
  from,
  to,
  blocking,
});

// Section 5.1 of the seed, read as "X --> Y" meaning Y depends on X. The
// context manager / testing / documentation "ALL" fan-outs are left out.
const seedAgents: GraphInput = {
  nodes: [
    'CM',
    'IA',
    'SS',
    'NE',
    'BS',
    'API',
    'KS',
    'OE',
    'CA',
    'DX',
    'CO',
    'CI',
  ],
  edges: [
    edge('BS', 'IA'),
    edge('API', 'IA'),
    edge('KS', 'IA'),
    edge('OE', 'IA'),
    edge('CA', 'SS'),
    edge('IA', 'SS'),
    edge('IA', 'NE'),
    edge('KS', 'NE'),
    edge('DX', 'BS'),
    edge('BS', 'API'),
    edge('DX', 'API'),
    edge('OE', 'KS'),
    edge('CO', 'OE'),
    edge('IA', 'CI'),
    edge('KS', 'CI'),
  ],
};

describe('graph examples', () => {
  it('orders the seed agent graph dependencies first, ties by input order', () => {
    expect(topologicalOrder(seedAgents)).toEqual({
      order: [
        'CM',
        'SS',
        'NE',
        'CA',
        'CI',
        'IA',
        'API',
        'BS',
        'KS',
        'OE',
        'DX',
        'CO',
      ],
      cyclic: [],
    });
    expect(findCycles(seedAgents)).toEqual([]);
    expect(findCycle(seedAgents)).toBeUndefined();
  });

  it('computes transitive blockers and dependents in input order', () => {
    expect(blockedBy(seedAgents, 'DX')).toEqual([
      'IA',
      'SS',
      'NE',
      'BS',
      'API',
      'CI',
    ]);
    expect(dependentsOf(seedAgents, 'NE')).toEqual([
      'IA',
      'BS',
      'API',
      'KS',
      'OE',
      'DX',
      'CO',
    ]);
    expect(blockedBy(seedAgents, 'CM')).toEqual([]);
    expect(blockedBy(seedAgents, 'nobody')).toEqual([]);
  });

  it('finds the weighted critical path from first to last', () => {
    expect(criticalPath(seedAgents)).toEqual({
      // DX and CO both end a chain of 5; DX comes first in input order.
      path: ['SS', 'IA', 'API', 'BS', 'DX'],
      length: 5,
    });
    expect(
      criticalPath({ ...seedAgents, weights: { API: 10, DX: 3 } }),
    ).toEqual({ path: ['SS', 'IA', 'API', 'BS', 'DX'], length: 16 });
  });

  it('reports each cycle once, starting at its first node in input order', () => {
    const g: GraphInput = {
      nodes: ['a', 'b', 'c', 'd', 'e', 'f'],
      edges: [
        edge('c', 'a'),
        edge('a', 'b'),
        edge('b', 'c'),
        edge('b', 'a'),
        edge('e', 'e'),
        edge('f', 'd'),
        edge('d', 'a'),
      ],
    };
    expect(findCycles(g)).toEqual([['a', 'b'], ['e']]);
    expect(findCycle(g)).toEqual(['a', 'b']);
    expect(topologicalOrder(g)).toEqual({
      order: ['d', 'f'],
      cyclic: ['a', 'b', 'c', 'e'],
    });
    expect(blockedBy(g, 'a')).toEqual(['a', 'b', 'c']);
    expect(blockedBy(g, 'f')).toEqual(['a', 'b', 'c', 'd']);
    expect(dependentsOf(g, 'e')).toEqual(['e']);
    expect(criticalPath(g)).toEqual({ path: ['d', 'f'], length: 2 });
  });

  it('finds a shortest cycle through the first node of a component', () => {
    const g: GraphInput = {
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        edge('a', 'b'),
        edge('b', 'c'),
        edge('c', 'd'),
        edge('d', 'a'),
        edge('c', 'a'),
      ],
    };
    expect(findCycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it('ignores non-blocking edges when blockingOnly is set', () => {
    const g: GraphInput = {
      nodes: ['x', 'y', 'z'],
      edges: [edge('x', 'y'), edge('y', 'x', false), edge('z', 'x', false)],
    };
    expect(findCycles(g)).toEqual([['x', 'y']]);
    expect(findCycles(g, { blockingOnly: true })).toEqual([]);
    expect(topologicalOrder(g, { blockingOnly: true }).order).toEqual([
      'y',
      'x',
      'z',
    ]);
    expect(blockedBy(g, 'z')).toEqual(['x', 'y']);
    expect(blockedBy(g, 'z', { blockingOnly: true })).toEqual([]);
    expect(dependentsOf(g, 'y', { blockingOnly: true })).toEqual(['x']);
    expect(criticalPath(g, { blockingOnly: true })).toEqual({
      path: ['y', 'x'],
      length: 2,
    });
  });

  it('ignores unknown nodes and duplicate edges and reports the unknown ones', () => {
    const g: GraphInput = {
      nodes: ['a', 'b', 'a'],
      edges: [
        edge('a', 'b'),
        edge('a', 'b'),
        edge('a', 'b', false),
        edge('a', 'ghost'),
        edge('zombie', 'b'),
        edge('ghost', 'zombie'),
      ],
      weights: { a: 2, b: 0.5, ghost: 100 },
    };
    expect(analyzeGraph(g)).toEqual({
      cycles: [],
      order: ['b', 'a'],
      cyclic: [],
      criticalPath: { path: ['b', 'a'], length: 2.5 },
      unknownNodes: ['ghost', 'zombie'],
    });
    expect(dependentsOf(g, 'b')).toEqual(['a']);
  });

  it('handles the empty graph', () => {
    expect(analyzeGraph({ nodes: [], edges: [] })).toEqual({
      cycles: [],
      order: [],
      cyclic: [],
      criticalPath: { path: [], length: 0 },
      unknownNodes: [],
    });
  });

  it('rejects negative and non-finite weights, naming the node', () => {
    const g = (w: number): GraphInput => ({
      nodes: ['a'],
      edges: [],
      weights: { a: w },
    });
    expect(() => criticalPath(g(-1))).toThrow(
      "invalid weight for node 'a': expected a finite number >= 0, got -1",
    );
    expect(() => criticalPath(g(Number.NaN))).toThrow(
      "invalid weight for node 'a'",
    );
    expect(criticalPath(g(0))).toEqual({ path: ['a'], length: 0 });
  });

  it('handles a 20k-node chain without recursion', () => {
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((name, i) => edge(name, nodes[i]));
    const result = analyzeGraph({
      nodes,
      edges: [...edges, edge('n0', `n${n - 1}`)],
    });
    expect(result.cyclic).toHaveLength(n);
    expect(result.cycles).toHaveLength(1);
    expect(result.cycles[0]).toHaveLength(n);
    expect(result.cycles[0][0]).toBe('n0');
    expect(result.cycles[0][1]).toBe(`n${n - 1}`);
    const acyclic = analyzeGraph({ nodes, edges });
    expect(acyclic.criticalPath.length).toBe(n);
    expect(acyclic.order).toEqual(nodes);
  });
});

// ---- property tests -------------------------------------------------------

/** A random DAG: every edge goes from a higher to a lower index. */
const dagArb = fc
  .integer({ min: 1, max: 12 })
  .chain(n =>
    fc.record({
      n: fc.constant(n),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), {
        maxLength: 40,
      }),
      weights: fc.array(fc.integer({ min: 0, max: 20 }), {
        minLength: n,
        maxLength: n,
      }),
      // A permutation, so "higher index" is not the same as "later in input".
      shuffle: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
    }),
  )
  .map(({ n, pairs, weights, shuffle }) => {
    const name = (i: number) => `v${i}`;
    const edges = pairs
      .filter(([a, b]) => a !== b)
      .map(([a, b, blocking]) =>
        edge(name(Math.max(a, b)), name(Math.min(a, b)), blocking),
      );
    const w: Record<string, number> = {};
    weights.forEach((x, i) => {
      w[name(i)] = x;
    });
    return {
      n,
      g: { nodes: shuffle.map(name), edges, weights: w } as GraphInput,
    };
  });

/** A random graph with arbitrary edges, cycles allowed. */
const anyGraphArb = fc
  .integer({ min: 1, max: 10 })
  .chain(n =>
    fc.record({
      n: fc.constant(n),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), {
        maxLength: 30,
      }),
    }),
  )
  .map(({ n, pairs }) => ({
    nodes: Array.from({ length: n }, (_, i) => `v${i}`),
    edges: pairs.map(([a, b, blocking]) => edge(`v${a}`, `v${b}`, blocking)),
  }));

function naiveReach(
  g: GraphInput,
  start: string,
  reverse: boolean,
  blockingOnly: boolean,
) {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const e of g.edges) {
      if (blockingOnly && !e.blocking) continue;
      const [src, dst] = reverse ? [e.to, e.from] : [e.from, e.to];
      if (src === v && !seen.has(dst)) {
        seen.add(dst);
        queue.push(dst);
      }
    }
  }
  return g.nodes.filter(x => seen.has(x));
}

function naiveLongest(g: GraphInput): number {
  // Plain enumeration of every dependency chain.
  const w = (v: string) => g.weights?.[v] ?? 1;
  const go = (v: string): number => {
    let best = 0;
    for (const e of g.edges) if (e.from === v) best = Math.max(best, go(e.to));
    return w(v) + best;
  };
  return Math.max(0, ...g.nodes.map(go));
}

function isEdge(g: GraphInput, from: string, to: string, blockingOnly = false) {
  return g.edges.some(
    e => e.from === from && e.to === to && (!blockingOnly || e.blocking),
  );
}

describe('graph properties', () => {
  it('topological order of a DAG respects every edge and lists every node', () => {
    fc.assert(
      fc.property(dagArb, ({ g }) => {
        const { order, cyclic } = topologicalOrder(g);
        expect(cyclic).toEqual([]);
        expect([...order].sort()).toEqual([...g.nodes].sort());
        const pos = new Map(order.map((v, i) => [v, i]));
        for (const e of g.edges) {
          expect(pos.get(e.to)!).toBeLessThan(pos.get(e.from)!);
        }
      }),
    );
  });

  it('the order is the smallest-ready-node-first order of a naive scan', () => {
    // The real one sweeps a cursor and keeps only nodes that become ready
    // behind it in a heap; this reference looks at every node at every step.
    fc.assert(
      fc.property(anyGraphArb, fc.boolean(), (g, blockingOnly) => {
        const { order, cyclic } = topologicalOrder(g, { blockingOnly });
        const onCycle = new Set(cyclic);
        const deps = new Map<string, string[]>(g.nodes.map(v => [v, []]));
        for (const e of g.edges) {
          if (blockingOnly && !e.blocking) continue;
          if (onCycle.has(e.from) || onCycle.has(e.to)) continue;
          deps.get(e.from)?.push(e.to);
        }
        const done = new Set<string>();
        const expected: string[] = [];
        for (;;) {
          const next = g.nodes.find(
            v => !onCycle.has(v) && !done.has(v) && deps.get(v)!.every(d => done.has(d)),
          );
          if (next === undefined) break;
          done.add(next);
          expected.push(next);
        }
        expect(order).toEqual(expected);
      }),
    );
  });

  it('a graph built acyclic has no cycles', () => {
    fc.assert(
      fc.property(dagArb, ({ g }) => {
        expect(findCycles(g)).toEqual([]);
        expect(findCycle(g)).toBeUndefined();
        expect(analyzeGraph(g).cyclic).toEqual([]);
      }),
    );
  });

  it('adding a back edge creates a cycle made of real edges', () => {
    fc.assert(
      fc.property(
        dagArb.filter(({ g }) => g.edges.length > 0),
        fc.nat(),
        ({ g }, pick) => {
          const e = g.edges[pick % g.edges.length];
          const withBack = { ...g, edges: [...g.edges, edge(e.to, e.from)] };
          const cycle = findCycle(withBack);
          expect(cycle).toBeDefined();
          expect(cycle!.length).toBeGreaterThanOrEqual(2);
          expect(new Set(cycle).size).toBe(cycle!.length);
          for (let i = 0; i < cycle!.length; i++) {
            expect(
              isEdge(withBack, cycle![i], cycle![(i + 1) % cycle!.length]),
            ).toBe(true);
          }
          expect(topologicalOrder(withBack).cyclic).toEqual(
            expect.arrayContaining([e.from, e.to]),
          );
        },
      ),
    );
  });

  it('every reported cycle in an arbitrary graph is made of real edges, one per component', () => {
    fc.assert(
      fc.property(anyGraphArb, fc.boolean(), (g, blockingOnly) => {
        const cycles = findCycles(g, { blockingOnly });
        const { cyclic, order } = topologicalOrder(g, { blockingOnly });
        const seen = new Set<string>();
        for (const cycle of cycles) {
          for (let i = 0; i < cycle.length; i++) {
            expect(
              isEdge(g, cycle[i], cycle[(i + 1) % cycle.length], blockingOnly),
            ).toBe(true);
            expect(seen.has(cycle[i])).toBe(false);
            seen.add(cycle[i]);
          }
        }
        // A node is cyclic iff it reaches itself.
        for (const v of g.nodes) {
          const onCycle = naiveReach(g, v, false, blockingOnly).includes(v);
          expect(cyclic.includes(v)).toBe(onCycle);
        }
        expect(order.length + cyclic.length).toBe(g.nodes.length);
      }),
    );
  });

  it('blockedBy and dependentsOf equal a naive BFS', () => {
    fc.assert(
      fc.property(
        anyGraphArb,
        fc.nat(),
        fc.boolean(),
        (g, pick, blockingOnly) => {
          const node = g.nodes[pick % g.nodes.length];
          expect(blockedBy(g, node, { blockingOnly })).toEqual(
            naiveReach(g, node, false, blockingOnly),
          );
          expect(dependentsOf(g, node, { blockingOnly })).toEqual(
            naiveReach(g, node, true, blockingOnly),
          );
        },
      ),
    );
  });

  it('critical path is at least any single weight and equals a naive search', () => {
    fc.assert(
      fc.property(dagArb, ({ g }) => {
        const cp = criticalPath(g);
        expect(cp.length).toBe(naiveLongest(g));
        for (const v of g.nodes)
          expect(cp.length).toBeGreaterThanOrEqual(g.weights![v]);
        // The path is a real chain whose weights add up to the length.
        const sum = cp.path.reduce((acc, v) => acc + g.weights![v], 0);
        expect(sum).toBe(cp.length);
        for (let i = 1; i < cp.path.length; i++) {
          expect(isEdge(g, cp.path[i], cp.path[i - 1])).toBe(true);
        }
      }),
    );
  });

  it('is independent of edge order', () => {
    fc.assert(
      fc.property(anyGraphArb, g => {
        const reversed = { ...g, edges: [...g.edges].reverse() };
        expect(analyzeGraph(reversed)).toEqual(analyzeGraph(g));
      }),
    );
  });
});

describe('graph name index', () => {
  // FNV-1a, as the index hashes names; the test looks for names that all land
  // in one bucket of a 256-slot table (a graph of under 128 nodes).
  function fnv(name: string): number {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < name.length; i++) {
      h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    }
    return h;
  }

  it('stays correct when node names collide in the index', () => {
    const names: string[] = [];
    for (let i = 0; names.length < 100; i++) {
      if ((fnv(`n${i}`) & 255) === 7) names.push(`n${i}`);
    }
    // A chain: each name depends on the one before it, plus a two-node cycle.
    const edges = names.slice(1).map((n, i) => edge(n, names[i]));
    edges.push(edge(names[0], names[1]));
    const result = analyzeGraph({ nodes: names, edges });

    expect(result.cycles).toEqual([[names[0], names[1]]]);
    expect(result.order).toEqual(names.slice(2));
    expect(result.criticalPath.path).toEqual(names.slice(2));
    expect(blockedBy({ nodes: names, edges }, names[99])).toEqual(
      names.slice(0, 99),
    );
    expect(result.unknownNodes).toEqual([]);
  });
});
