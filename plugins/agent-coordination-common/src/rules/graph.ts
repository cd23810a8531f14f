/*
 * Dependency-graph analysis shared by the agent registry and the task board.
 *
 * Edge direction: `from` DEPENDS ON `to`, so `to` has to finish first. Every
 * function builds the same compact form (integer indices, CSR adjacency
 * arrays sorted by input order) so results are deterministic whatever order
 * the edges arrive in, and everything except the tie-breaking heap in
 * topologicalOrder is linear in nodes + edges. Traversals are iterative: a
 * 10k-node chain must not overflow the call stack.
 *
 * Working arrays come from a scratch arena that is reused across calls: at
 * 10k nodes a call needs a few MB of typed arrays, and allocating them fresh
 * costs more in GC and page faults than the analysis itself. JavaScript runs
 * one call at a time and results never point into the arena, so the
 * functions stay pure from the caller's point of view.
 *
 * Edges naming nodes missing from `nodes` are ignored everywhere (a task may
 * point at one that was deleted); analyzeGraph reports them. Duplicate edges
 * count once. When `blockingOnly` is set, non-blocking edges are dropped before
 * anything else happens, so a warning-only dependency never creates a cycle.
 */

/**
 * A dependency: `from` depends on `to` (`to` must finish before `from`).
 * @public
 */
export interface GraphEdge {
  from: string;
  to: string;
  blocking: boolean;
}

/**
 * A dependency graph. `weights` are effort estimates used by criticalPath;
 * nodes without one weigh 1.
 * @public
 */
export interface GraphInput {
  nodes: string[];
  edges: GraphEdge[];
  weights?: Record<string, number>;
}

/**
 * Options shared by the graph functions.
 * @public
 */
export interface GraphOptions {
  /** Only consider edges with `blocking: true`. */
  blockingOnly?: boolean;
}

/**
 * The longest weighted dependency chain.
 * @public
 */
export interface CriticalPath {
  /** From the first thing to do to the last. */
  path: string[];
  /** Sum of the weights along `path`. */
  length: number;
}

/**
 * Everything analyzeGraph finds.
 * @public
 */
export interface GraphAnalysis {
  cycles: string[][];
  order: string[];
  cyclic: string[];
  criticalPath: CriticalPath;
  unknownNodes: string[];
}

let intArena = new Int32Array(0);
let intTop = 0;
let intNeed = 0;
let floatArena = new Float64Array(0);
let floatTop = 0;
let floatNeed = 0;

/** Starts a public call: grows the arena to the largest demand seen so far. */
function beginScratch() {
  if (intArena.length < intNeed) intArena = new Int32Array(intNeed);
  if (floatArena.length < floatNeed) floatArena = new Float64Array(floatNeed);
  intTop = 0;
  floatTop = 0;
}

function ints(len: number, value = 0): Int32Array {
  const end = intTop + len;
  intTop = end;
  if (end > intNeed) intNeed = end;
  // Past the arena's end (first call at a new size) fall back to a fresh array.
  const a =
    end <= intArena.length
      ? intArena.subarray(end - len, end)
      : new Int32Array(len);
  a.fill(value);
  return a;
}

function floats(len: number, value = 0): Float64Array {
  const end = floatTop + len;
  floatTop = end;
  if (end > floatNeed) floatNeed = end;
  const a =
    end <= floatArena.length
      ? floatArena.subarray(end - len, end)
      : new Float64Array(len);
  a.fill(value);
  return a;
}

// Slots of NameIndex's hash table, reused across calls like the arenas above.
let slotNames: Array<string | undefined> = [];
let slotValues = new Int32Array(0);

/** Probes after which a name set counts as adversarial (see NameIndex). */
const MAX_PROBES = 64;

/**
 * Name to index: an open-addressing table (FNV-1a over the whole name,
 * linear probing, at most half full) in reused arrays. At 10k nodes this is
 * about five times faster than a Map, which V8 keeps in large-object space
 * past a few thousand entries and rebuilds on every call. Names chosen to
 * collide could make probing quadratic, so a probe run past MAX_PROBES
 * switches the call over to a Map. Between calls the table holds the
 * previous call's names (cleared on the next call), nothing else.
 */
class NameIndex {
  private readonly mask: number;
  private fallback: Map<string, number> | undefined;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.mask = capacity - 1;
    if (slotNames.length < capacity) {
      slotNames = new Array(capacity).fill(undefined);
      slotValues = new Int32Array(capacity);
    } else {
      slotNames.fill(undefined, 0, capacity);
    }
  }

  private static hash(name: string): number {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < name.length; i++) {
      h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    }
    return h;
  }

  get(name: string): number | undefined {
    if (this.fallback) return this.fallback.get(name);
    const mask = this.mask;
    for (let i = NameIndex.hash(name) & mask; ; i = (i + 1) & mask) {
      const slot = slotNames[i];
      if (slot === undefined) return undefined;
      if (slot === name) return slotValues[i];
    }
  }

  set(name: string, value: number): void {
    if (this.fallback) {
      this.fallback.set(name, value);
      return;
    }
    const mask = this.mask;
    let probes = 0;
    for (let i = NameIndex.hash(name) & mask; ; i = (i + 1) & mask) {
      const slot = slotNames[i];
      if (slot === undefined || slot === name) {
        slotNames[i] = name;
        slotValues[i] = value;
        return;
      }
      if (++probes > MAX_PROBES) {
        this.toMap();
        this.fallback!.set(name, value);
        return;
      }
    }
  }

  private toMap() {
    const map = new Map<string, number>();
    for (let i = 0; i <= this.mask; i++) {
      const slot = slotNames[i];
      if (slot !== undefined) map.set(slot, slotValues[i]);
    }
    this.fallback = map;
  }
}

interface Compiled {
  names: string[];
  index: NameIndex;
  /** Dependencies of v: depTargets[depStart[v] .. depStart[v+1]), ascending. */
  depStart: Int32Array;
  depTargets: Int32Array;
  /** Dependents of v, same layout. */
  revStart: Int32Array;
  revTargets: Int32Array;
  /** 1 where v depends on itself. */
  selfLoop: Int32Array;
  unknown: string[];
}

function compile(g: GraphInput, opts?: GraphOptions): Compiled {
  beginScratch();
  const names: string[] = [];
  const index = new NameIndex(g.nodes.length);
  for (const name of g.nodes) {
    // First occurrence wins so that "input order" stays well defined.
    if (index.get(name) === undefined) {
      index.set(name, names.length);
      names.push(name);
    }
  }
  const n = names.length;
  const blockingOnly = opts?.blockingOnly === true;
  const unknownSet = new Set<string>();

  const m0 = g.edges.length;
  const rawFrom = ints(m0);
  const rawTo = ints(m0);
  let m = 0;
  // Edges usually arrive grouped by `from` (a node lists its dependencies),
  // so remembering the last one saves about half of the hash lookups.
  let lastName: string | undefined;
  let lastIndex: number | undefined;
  for (const e of g.edges) {
    if (e.from !== lastName) {
      lastName = e.from;
      lastIndex = index.get(e.from);
    }
    const f = lastIndex;
    const t = index.get(e.to);
    if (f === undefined) unknownSet.add(e.from);
    if (t === undefined) unknownSet.add(e.to);
    if (f === undefined || t === undefined) continue;
    if (blockingOnly && !e.blocking) continue;
    rawFrom[m] = f;
    rawTo[m] = t;
    m++;
  }

  // Two stable counting sorts (by `to`, then by `from`) give edges sorted by
  // (from, to) in linear time, which both orders adjacency deterministically
  // and puts duplicates next to each other.
  const byTo = countingSort(n, m, rawTo, null);
  const byFromTo = countingSort(n, m, rawFrom, byTo);

  const depStart = ints(n + 1);
  const depBuf = ints(m);
  const fromTmp = ints(m);
  const selfLoop = ints(n);
  let k = 0;
  let prevF = -1;
  let prevT = -1;
  for (let i = 0; i < m; i++) {
    const e = byFromTo[i];
    const f = rawFrom[e];
    const t = rawTo[e];
    if (f === prevF && t === prevT) continue;
    prevF = f;
    prevT = t;
    if (f === t) selfLoop[f] = 1;
    fromTmp[k] = f;
    depBuf[k] = t;
    depStart[f + 1]++;
    k++;
  }
  for (let v = 0; v < n; v++) depStart[v + 1] += depStart[v];
  const depTargets = depBuf.subarray(0, k);

  // Reverse adjacency: a stable sort of the (from, to)-sorted list by `to`
  // leaves each dependents list ascending.
  const revStart = ints(n + 1);
  for (let i = 0; i < k; i++) revStart[depTargets[i] + 1]++;
  for (let v = 0; v < n; v++) revStart[v + 1] += revStart[v];
  const fill = ints(n);
  fill.set(revStart.subarray(0, n));
  const revTargets = ints(k);
  for (let i = 0; i < k; i++) revTargets[fill[depTargets[i]]++] = fromTmp[i];

  return {
    names,
    index,
    depStart,
    depTargets,
    revStart,
    revTargets,
    selfLoop,
    unknown: [...unknownSet].sort(),
  };
}

/** Stable counting sort of edge ids by key; `input` null means 0..m-1. */
function countingSort(
  n: number,
  m: number,
  key: Int32Array,
  input: Int32Array | null,
): Int32Array {
  const start = ints(n + 1);
  for (let i = 0; i < m; i++) start[key[i] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const out = ints(m);
  for (let i = 0; i < m; i++) {
    const e = input ? input[i] : i;
    out[start[key[e]]++] = e;
  }
  return out;
}

/** Tarjan's SCC, iterative. Returns the component id of every node. */
function stronglyConnected(c: Compiled): {
  comp: Int32Array;
  size: Int32Array;
} {
  const n = c.names.length;
  const { depStart, depTargets } = c;
  const order = ints(n, -1);
  const low = ints(n);
  const onStack = ints(n);
  const stack = ints(n);
  const callNode = ints(n);
  const callEdge = ints(n);
  const comp = ints(n, -1);
  const sizes: number[] = [];
  let sp = 0;
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let cp = 0;
    callNode[0] = root;
    callEdge[0] = depStart[root];
    order[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (cp >= 0) {
      const v = callNode[cp];
      const ei = callEdge[cp];
      if (ei < depStart[v + 1]) {
        callEdge[cp] = ei + 1;
        const w = depTargets[ei];
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          cp++;
          callNode[cp] = w;
          callEdge[cp] = depStart[w];
        } else if (onStack[w] && order[w] < low[v]) {
          low[v] = order[w];
        }
        continue;
      }
      if (low[v] === order[v]) {
        const id = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          comp[w] = id;
          size++;
        } while (w !== v);
        sizes.push(size);
      }
      cp--;
      if (cp >= 0) {
        const parent = callNode[cp];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
    }
  }
  return { comp, size: Int32Array.from(sizes) };
}

function cyclicMask(c: Compiled, comp: Int32Array, size: Int32Array) {
  const n = c.names.length;
  const mask = ints(n);
  for (let v = 0; v < n; v++) {
    if (size[comp[v]] > 1 || c.selfLoop[v]) mask[v] = 1;
  }
  return mask;
}

function cyclesOf(c: Compiled, comp: Int32Array, size: Int32Array) {
  const n = c.names.length;
  const { depStart, depTargets } = c;
  const done = ints(size.length);
  const parent = ints(n, -1);
  const queue = ints(n);
  const cycles: string[][] = [];
  // Walking nodes in input order makes each component's first node both the
  // sort key of its cycle and the cycle's starting point.
  for (let s = 0; s < n; s++) {
    const id = comp[s];
    if (done[id]) continue;
    if (size[id] === 1 && !c.selfLoop[s]) continue;
    done[id] = 1;
    if (c.selfLoop[s]) {
      cycles.push([c.names[s]]);
      continue;
    }
    // BFS inside the component finds the shortest cycle through s; each
    // component is searched once, so the total stays linear.
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    parent[s] = s;
    let last = -1;
    while (head < tail && last === -1) {
      const v = queue[head++];
      for (let i = depStart[v]; i < depStart[v + 1]; i++) {
        const w = depTargets[i];
        if (w === s) {
          last = v;
          break;
        }
        if (comp[w] === id && parent[w] === -1) {
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    const cycle: string[] = [];
    for (let v = last; v !== s; v = parent[v]) cycle.push(c.names[v]);
    cycle.push(c.names[s]);
    cycle.reverse();
    cycles.push(cycle);
  }
  return cycles;
}

/**
 * One cycle per strongly connected component that has more than one node or a
 * self-loop. Each cycle `[a, b, c]` means a depends on b, b on c, c on a; it is
 * a shortest cycle through the component's first node (in input order), and
 * cycles are sorted by that node.
 * @public
 */
export function findCycles(g: GraphInput, opts?: GraphOptions): string[][] {
  const c = compile(g, opts);
  const { comp, size } = stronglyConnected(c);
  return cyclesOf(c, comp, size);
}

/**
 * The first cycle findCycles would report, or undefined for a DAG.
 * @public
 */
export function findCycle(
  g: GraphInput,
  opts?: GraphOptions,
): string[] | undefined {
  return findCycles(g, opts)[0];
}

/** The pending count of a cyclic node: no number of decrements brings it to 0. */
const CYCLIC_PENDING = -0x40000000;

/** Binary min-heap of node indices: ties in topological order go to input order. */
class MinHeap {
  private readonly data: Int32Array;
  private size = 0;
  constructor(capacity: number) {
    this.data = ints(Math.max(1, capacity));
  }
  get length() {
    return this.size;
  }
  peek(): number {
    return this.data[0];
  }
  push(x: number) {
    const d = this.data;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (d[p] <= x) break;
      d[i] = d[p];
      i = p;
    }
    d[i] = x;
  }
  pop(): number {
    const d = this.data;
    const top = d[0];
    const x = d[--this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && d[child + 1] < d[child]) child++;
      if (d[child] >= x) break;
      d[i] = d[child];
      i = child;
    }
    d[i] = x;
    return top;
  }
}

/**
 * Acyclic nodes in dependency-first order, as indices: at each step the
 * ready node (all dependencies emitted) with the lowest index. A cursor sweeps
 * the indices once and emits ready nodes as it meets them; only a node that
 * becomes ready behind the cursor (it depends on something with a higher
 * index) waits in the heap. Plans mostly list dependencies before their
 * dependents, so the heap stays nearly empty and the order costs O(n + m)
 * instead of O(n log n), with the same result as a heap of every ready node.
 */
function orderIndices(c: Compiled, cyclic: Int32Array): Int32Array {
  const n = c.names.length;
  const { depStart, revStart, revTargets } = c;
  // Edges touching a cyclic node are dropped: what remains is a DAG, and a
  // node that merely waits on a cycle still gets its place in the order.
  // pending[v] counts v's unemitted acyclic dependencies; a cyclic node gets
  // a count so negative it never reaches 0, which saves the inner loop a
  // second random read (cyclic[w]) per edge.
  const pending = ints(n);
  for (let v = 0; v < n; v++) {
    pending[v] = cyclic[v] ? CYCLIC_PENDING : depStart[v + 1] - depStart[v];
  }
  // Cyclic nodes are few: take their edges out of their dependents' counts.
  for (let u = 0; u < n; u++) {
    if (!cyclic[u]) continue;
    for (let i = revStart[u]; i < revStart[u + 1]; i++) pending[revTargets[i]]--;
  }
  const behind = new MinHeap(n);
  const out = ints(n);
  let k = 0;
  let cursor = 0;
  for (;;) {
    const top = behind.length > 0 ? behind.peek() : n;
    while (cursor < top && pending[cursor] !== 0) cursor++;
    let v: number;
    if (cursor < top) v = cursor++;
    else if (behind.length > 0) v = behind.pop();
    else break;
    out[k++] = v;
    for (let i = revStart[v]; i < revStart[v + 1]; i++) {
      const w = revTargets[i];
      // A node ahead of the cursor is emitted when the cursor reaches it.
      if (--pending[w] === 0 && w < cursor) behind.push(w);
    }
  }
  return out.subarray(0, k);
}

function namesAt(c: Compiled, idx: Int32Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < idx.length; i++) out.push(c.names[idx[i]]);
  return out;
}

function namesOfMask(c: Compiled, mask: Int32Array): string[] {
  const out: string[] = [];
  for (let v = 0; v < mask.length; v++) if (mask[v]) out.push(c.names[v]);
  return out;
}

/**
 * Dependencies first; among nodes that are ready at the same time, input order
 * wins. Nodes on a cycle (in a strongly connected component of size greater
 * than one, or with a self-loop) are listed in `cyclic`, in input order, and
 * left out of `order`; nodes that only depend on a cycle stay in `order`.
 * @public
 */
export function topologicalOrder(
  g: GraphInput,
  opts?: GraphOptions,
): { order: string[]; cyclic: string[] } {
  const c = compile(g, opts);
  const { comp, size } = stronglyConnected(c);
  const cyclic = cyclicMask(c, comp, size);
  const order = namesAt(c, orderIndices(c, cyclic));
  return { order, cyclic: namesOfMask(c, cyclic) };
}

function reach(
  c: Compiled,
  node: string,
  start: Int32Array,
  targets: Int32Array,
): string[] {
  const s = c.index.get(node);
  if (s === undefined) return [];
  const n = c.names.length;
  const seen = ints(n);
  const stack = ints(Math.max(1, targets.length));
  let sp = 0;
  // The start node is only marked when reached again, i.e. when it is on a cycle.
  for (let i = start[s]; i < start[s + 1]; i++) {
    const w = targets[i];
    if (!seen[w]) {
      seen[w] = 1;
      stack[sp++] = w;
    }
  }
  while (sp > 0) {
    const v = stack[--sp];
    for (let i = start[v]; i < start[v + 1]; i++) {
      const w = targets[i];
      if (!seen[w]) {
        seen[w] = 1;
        stack[sp++] = w;
      }
    }
  }
  return namesOfMask(c, seen);
}

/**
 * Everything `node` transitively depends on, in input order. `node` itself is
 * included only when it is on a cycle. An unknown node yields [].
 * @public
 */
export function blockedBy(
  g: GraphInput,
  node: string,
  opts?: GraphOptions,
): string[] {
  const c = compile(g, opts);
  return reach(c, node, c.depStart, c.depTargets);
}

/**
 * Everything that transitively depends on `node`, in input order (the reverse
 * of blockedBy).
 * @public
 */
export function dependentsOf(
  g: GraphInput,
  node: string,
  opts?: GraphOptions,
): string[] {
  const c = compile(g, opts);
  return reach(c, node, c.revStart, c.revTargets);
}

function weightsOf(c: Compiled, weights?: Record<string, number>) {
  const w = floats(c.names.length, 1);
  if (!weights) return w;
  for (let v = 0; v < c.names.length; v++) {
    const name = c.names[v];
    // One lookup for the common case. Object.prototype has no number-valued
    // properties, so only a non-number needs the own-property check that
    // tells an invalid weight from an inherited name ('constructor').
    const value = weights[name];
    if (typeof value !== 'number') {
      if (value === undefined || !Object.prototype.hasOwnProperty.call(weights, name)) continue;
      throw new Error(`invalid weight for node '${name}': expected a finite number >= 0, got ${String(value)}`);
    }
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`invalid weight for node '${name}': expected a finite number >= 0, got ${String(value)}`);
    }
    w[v] = value;
  }
  return w;
}

function longestChain(
  c: Compiled,
  cyclic: Int32Array,
  order: Int32Array,
  weights?: Record<string, number>,
): CriticalPath {
  const n = c.names.length;
  if (order.length === 0) return { path: [], length: 0 };
  const w = weightsOf(c, weights);
  const { depStart, depTargets } = c;
  // best[v] is the longest chain ending at v; a cyclic node's is -Infinity,
  // so the inner loop skips it without reading cyclic[] (one random read
  // per edge instead of two).
  const best = floats(n);
  for (let v = 0; v < n; v++) if (cyclic[v]) best[v] = -Infinity;
  const prev = ints(n, -1);
  // `order` has dependencies first, so each node's dependencies are final
  // by the time it is visited.
  for (let j = 0; j < order.length; j++) {
    const v = order[j];
    let bestDep = -1;
    let bestLen = -Infinity;
    for (let i = depStart[v]; i < depStart[v + 1]; i++) {
      const d = depTargets[i];
      // Strict `>` over ascending targets: ties go to the earlier input node.
      if (best[d] > bestLen) {
        bestDep = d;
        bestLen = best[d];
      }
    }
    best[v] = w[v] + (bestDep === -1 ? 0 : bestLen);
    prev[v] = bestDep;
  }
  let end = -1;
  let endLen = -Infinity;
  for (let v = 0; v < n; v++) {
    if (best[v] > endLen) {
      end = v;
      endLen = best[v];
    }
  }
  // prev points at the dependency, so following it walks backwards in time
  // and the collected list is already first-to-do ... last.
  const chain: string[] = [];
  for (let v = end; v !== -1; v = prev[v]) chain.push(c.names[v]);
  chain.reverse();
  return { path: chain, length: best[end] };
}

/**
 * The longest weighted dependency chain among the nodes not on a cycle,
 * ordered from the first thing to do to the last. `length` is the sum of the
 * chain's weights (default 1 each). Ties go to the node earlier in input order.
 *
 * @throws Error when a weight is negative or not a finite number.
 * @public
 */
export function criticalPath(g: GraphInput, opts?: GraphOptions): CriticalPath {
  const c = compile(g, opts);
  const { comp, size } = stronglyConnected(c);
  const cyclic = cyclicMask(c, comp, size);
  return longestChain(c, cyclic, orderIndices(c, cyclic), g.weights);
}

/**
 * All analyses in one pass over a single compiled graph. `unknownNodes` lists
 * (sorted, unique) the names that edges mention but `nodes` does not; those
 * edges are otherwise ignored. All edges count unless `blockingOnly` is set.
 * @public
 */
export function analyzeGraph(
  g: GraphInput,
  opts?: GraphOptions,
): GraphAnalysis {
  const c = compile(g, opts);
  const { comp, size } = stronglyConnected(c);
  const cyclic = cyclicMask(c, comp, size);
  const orderIdx = orderIndices(c, cyclic);
  return {
    cycles: cyclesOf(c, comp, size),
    order: namesAt(c, orderIdx),
    cyclic: namesOfMask(c, cyclic),
    criticalPath: longestChain(c, cyclic, orderIdx, g.weights),
    unknownNodes: c.unknown,
  };
}
