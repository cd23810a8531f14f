/*
 * Benchmark for analyzeGraph. Not a test: it prints figures and whether the
 * targets hold, and always exits 0, because timings on a shared machine are
 * too noisy to gate anything on.
 *
 * Run from the repo root (tsx is not installed; sucrase is, via @backstage/cli):
 *   node -r sucrase/register bench/graph-analysis.bench.ts
 *
 * Targets: the 10k-node / 50k-edge graph analyses in under 50 ms (median),
 * and it costs at most 12x the 1k / 5k graph, i.e. roughly linear growth.
 * Graphs come from a seeded PRNG so every run measures the same input.
 */
import { performance } from 'perf_hooks';
import {
  analyzeGraph,
  GraphEdge,
  GraphInput,
} from '../plugins/agent-coordination-common/src/rules';

/** mulberry32: tiny, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mostly edges from a node to lower indices (a DAG, as real task plans are),
 * listed node by node the way a plan states each task's dependencies, plus a
 * handful of reversed edges so that cycle detection has work to do.
 */
function randomGraph(n: number, m: number, seed: number): GraphInput {
  const rand = prng(seed);
  const nodes = Array.from({ length: n }, (_, i) => `task-${i}`);
  const backEdges = Math.max(3, Math.floor(m / 5000));
  const froms: number[] = [];
  for (let i = 0; i < m - backEdges; i++) {
    froms.push(1 + Math.floor(rand() * (n - 1)));
  }
  froms.sort((a, b) => a - b);
  const edges: GraphEdge[] = froms.map(from => ({
    from: nodes[from],
    to: nodes[Math.floor(rand() * from)],
    blocking: rand() < 0.8,
  }));
  for (let i = 0; i < backEdges; i++) {
    const e = edges[Math.floor(rand() * edges.length)];
    edges.push({ from: e.to, to: e.from, blocking: true });
  }
  const weights: Record<string, number> = {};
  for (const name of nodes) weights[name] = 1 + Math.floor(rand() * 8);
  return { nodes, edges, weights };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function measure(label: string, g: GraphInput, warmup: number, runs: number) {
  for (let i = 0; i < warmup; i++) analyzeGraph(g);
  const times: number[] = [];
  let result = analyzeGraph(g);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = analyzeGraph(g);
    times.push(performance.now() - t0);
  }
  const med = median(times);
  console.log(
    `${label}: ${g.nodes.length} nodes / ${
      g.edges.length
    } edges: median ${med.toFixed(2)} ms over ${runs} runs (min ${Math.min(
      ...times,
    ).toFixed(2)}, max ${Math.max(...times).toFixed(2)}); ` +
      `cycles=${result.cycles.length} cyclic=${result.cyclic.length} ` +
      `order=${result.order.length} criticalPath=${result.criticalPath.path.length} nodes/${result.criticalPath.length}`,
  );
  return med;
}

const small = measure('1k', randomGraph(1_000, 5_000, 1), 30, 51);
const large = measure('10k', randomGraph(10_000, 50_000, 2), 10, 21);
const ratio = large / small;
const ratioOk = ratio <= 12;
const largeOk = large < 50;
console.log(
  `ratio 10k/1k: ${ratio.toFixed(2)} (target <= 12: ${
    ratioOk ? 'OK' : 'MISSED'
  }); 10k median ${large.toFixed(2)} ms (target < 50 ms: ${
    largeOk ? 'OK' : 'MISSED'
  })`,
);
