/*
 * Path ownership: which agent owns which part of the infrastructure repo, and
 * where two agents' claims collide.
 *
 * Glob syntax (Atmos-repo style, deliberately small):
 * - Paths and globs are '/'-separated; a leading './' or '/', repeated
 *   slashes and a trailing '/' on a path are ignored. Segments are non-empty.
 * - `*` matches any run of characters inside one segment, `?` exactly one
 *   character (never '/'). Every other character is literal; there are no
 *   character classes or escapes.
 * - A `**` segment matches zero or more whole segments.
 * - A trailing `/*`, `/**` or `/` means the whole subtree: one or more
 *   segments at any depth below. This is how the seed framework writes
 *   ownership: `components/terraform/vpc/*` owns
 *   `components/terraform/vpc/modules/x.tf`, but not the directory
 *   `components/terraform/vpc` itself. Anywhere else, `*` stays inside its
 *   segment: `stacks/*.yaml` matches `stacks/dev.yaml`, not
 *   `stacks/dev/app.yaml`.
 *
 * Matching a path uses a segment-by-segment dynamic programme. Deciding
 * whether two globs overlap, or whether one covers the other, works on the
 * globs themselves: each glob becomes a small character-level automaton, and
 * the search runs over the product with an automaton that only accepts
 * well-formed paths. The alphabet is '/', every literal character of either
 * glob and one character that appears in neither (it stands for all the
 * others, which no glob can tell apart), so the answer is exact, and the
 * witness path it returns can be checked with globMatches.
 */

type Item = { kind: 'seg'; pat: string } | { kind: 'any' };

function normalize(text: string): string {
  let s = text.trim().replace(/\/{2,}/g, '/');
  for (;;) {
    if (s.startsWith('./')) s = s.slice(2);
    else if (s.startsWith('/')) s = s.slice(1);
    else break;
  }
  return s;
}

function normalizePath(path: string): string {
  return normalize(path).replace(/\/+$/, '');
}

/** Parses a glob into segment patterns and `any` (zero or more segments). */
function parseGlob(glob: string): Item[] {
  const norm = normalize(glob);
  if (norm === '') return [];
  const segs = norm.split('/');
  // A trailing '/' leaves an empty last segment: treat it like '/*'.
  if (segs.length >= 2 && ['*', '**', ''].includes(segs[segs.length - 1])) {
    segs[segs.length - 1] = '\u0000subtree';
  }
  const items: Item[] = [];
  const pushAny = () => {
    if (items.length === 0 || items[items.length - 1].kind !== 'any') {
      items.push({ kind: 'any' });
    }
  };
  for (const seg of segs) {
    if (seg === '**') {
      pushAny();
    } else if (seg === '\u0000subtree') {
      // One segment, then any depth: the subtree below, not the directory.
      items.push({ kind: 'seg', pat: '*' });
      pushAny();
    } else {
      // Runs of '*' inside a segment mean the same as one '*'.
      items.push({ kind: 'seg', pat: seg.replace(/\*+/g, '*') });
    }
  }
  return items;
}

function segmentMatches(pat: string, text: string): boolean {
  // Greedy wildcard matching with one backtrack point: linear for '*'/'?'.
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    if (p < pat.length && (pat[p] === '?' || pat[p] === text[t])) {
      p++;
      t++;
    } else if (p < pat.length && pat[p] === '*') {
      starP = p++;
      starT = t;
    } else if (starP !== -1) {
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (p < pat.length && pat[p] === '*') p++;
  return p === pat.length;
}

/**
 * Whether `path` matches `glob` (syntax in the file header).
 * @public
 */
export function globMatches(glob: string, path: string): boolean {
  const items = parseGlob(glob);
  const norm = normalizePath(path);
  if (items.length === 0 || norm === '') return false;
  const segs = norm.split('/');
  const n = items.length;
  const m = segs.length;
  // ok[k][s]: items k.. match segments s..; filled from the end.
  let next = new Uint8Array(m + 1);
  next[m] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const cur = new Uint8Array(m + 1);
    const item = items[k];
    for (let s = m; s >= 0; s--) {
      if (item.kind === 'any') {
        cur[s] = next[s] || (s < m && cur[s + 1]) ? 1 : 0;
      } else {
        cur[s] =
          s < m && next[s + 1] && segmentMatches(item.pat, segs[s]) ? 1 : 0;
      }
    }
    next = cur;
  }
  return next[0] === 1;
}

// ---- glob automata ---------------------------------------------------------

interface Nfa {
  start: number;
  eps: number[][];
  step: (state: number, ch: string) => number[];
  accepting: Uint8Array;
  literals: Set<string>;
}

function buildNfa(glob: string): Nfa {
  const items = parseGlob(glob);
  const n = items.length;
  const base: number[] = [];
  let count = 0;
  for (const item of items) {
    base.push(count);
    count += item.kind === 'seg' ? item.pat.length + 1 : 2;
  }
  // Past the last item there is nothing to match; -1 marks "no state".
  const entry = (k: number) => (k < n ? base[k] : -1);
  const itemOf = new Int32Array(count);
  const posOf = new Int32Array(count);
  items.forEach((item, k) => {
    const size = item.kind === 'seg' ? item.pat.length + 1 : 2;
    for (let p = 0; p < size; p++) {
      itemOf[base[k] + p] = k;
      posOf[base[k] + p] = p;
    }
  });
  const eps: number[][] = Array.from({ length: count }, () => []);
  const accepting = new Uint8Array(count);
  const literals = new Set<string>();
  // An item may end the path if only `any` items (zero segments) follow it.
  const restIsAny = (k: number) =>
    items.slice(k + 1).every(i => i.kind === 'any');
  items.forEach((item, k) => {
    const last = restIsAny(k);
    if (item.kind === 'seg') {
      for (let p = 0; p < item.pat.length; p++) {
        const c = item.pat[p];
        if (c === '*') eps[base[k] + p].push(base[k] + p + 1);
        else if (c !== '?') literals.add(c);
      }
      if (last) accepting[base[k] + item.pat.length] = 1;
    } else {
      // State 0 sits on a segment boundary, state 1 inside a skipped segment.
      eps[base[k]].push(base[k] + 1);
      if (entry(k + 1) !== -1) eps[base[k]].push(entry(k + 1));
      if (last) accepting[base[k] + 1] = 1;
    }
  });
  const step = (state: number, ch: string): number[] => {
    const k = itemOf[state];
    const p = posOf[state];
    const item = items[k];
    if (item.kind === 'any') {
      if (p === 0) return [];
      return ch === '/' ? [base[k]] : [state];
    }
    if (p === item.pat.length) {
      return ch === '/' && entry(k + 1) !== -1 ? [entry(k + 1)] : [];
    }
    if (ch === '/') return [];
    const c = item.pat[p];
    if (c === '*') return [state];
    if (c === '?' || c === ch) return [state + 1];
    return [];
  };
  return { start: n > 0 ? 0 : -1, eps, step, accepting, literals };
}

/** Validity automaton: 0 = at a segment start, 1 = inside a segment, -1 = dead. */
function validStep(v: number, ch: string): number {
  if (ch === '/') return v === 1 ? 0 : -1;
  return 1;
}

function alphabet(a: Nfa, b: Nfa): string[] {
  const lits = new Set([...a.literals, ...b.literals]);
  lits.delete('/');
  const pool = 'xyzabcdefghijklmnopqrstuvw0123456789_-';
  let fresh = [...pool].find(c => !lits.has(c));
  for (let code = 0x100; fresh === undefined; code++) {
    if (!lits.has(String.fromCharCode(code))) fresh = String.fromCharCode(code);
  }
  // The fresh character first, so examples read 'vpc/x' rather than 'vpc/a'.
  return ['/', fresh, ...[...lits].sort()];
}

function closure(nfa: Nfa, states: Iterable<number>): number[] {
  const seen = new Set<number>();
  const stack = [...states];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    for (const t of nfa.eps[s]) stack.push(t);
  }
  return [...seen].sort((x, y) => x - y);
}

interface Node {
  key: string;
  parent: number;
  ch: string;
}

function witness(nodes: Node[], i: number): string {
  let out = '';
  for (let j = i; j !== -1; j = nodes[j].parent) out = nodes[j].ch + out;
  return out;
}

/**
 * Whether some path matches both globs, and if so a shortest such path.
 * Exact for the syntax in the file header.
 * @public
 */
export function globsOverlap(
  a: string,
  b: string,
): { overlap: boolean; example?: string } {
  const na = buildNfa(a);
  const nb = buildNfa(b);
  if (na.start === -1 || nb.start === -1) return { overlap: false };
  const chars = alphabet(na, nb);
  // Breadth-first over (stateA, stateB, validity); epsilon moves of either
  // side are ordinary edges that add no character.
  const nodes: Node[] = [];
  const state: Array<[number, number, number]> = [];
  const seen = new Set<string>();
  const add = (x: number, y: number, v: number, parent: number, ch: string) => {
    const key = `${x},${y},${v}`;
    if (seen.has(key)) return;
    seen.add(key);
    nodes.push({ key, parent, ch });
    state.push([x, y, v]);
  };
  add(na.start, nb.start, 0, -1, '');
  for (let i = 0; i < nodes.length; i++) {
    const [x, y, v] = state[i];
    if (v === 1 && na.accepting[x] && nb.accepting[y]) {
      return { overlap: true, example: witness(nodes, i) };
    }
    for (const x2 of na.eps[x]) add(x2, y, v, i, '');
    for (const y2 of nb.eps[y]) add(x, y2, v, i, '');
    for (const ch of chars) {
      const v2 = validStep(v, ch);
      if (v2 === -1) continue;
      for (const x2 of na.step(x, ch)) {
        for (const y2 of nb.step(y, ch)) add(x2, y2, v2, i, ch);
      }
    }
  }
  return { overlap: false };
}

/**
 * Whether every path matching `inner` also matches `outer`; if not, a
 * shortest counterexample path (matches `inner`, not `outer`). A glob that
 * matches nothing is covered by everything.
 * @public
 */
export function globCovers(
  outer: string,
  inner: string,
): { covers: boolean; counterexample?: string } {
  const no = buildNfa(outer);
  const ni = buildNfa(inner);
  if (ni.start === -1) return { covers: true };
  const chars = alphabet(no, ni);
  // Subset construction on `outer` only, explored lazily while walking
  // `inner` as an NFA: globs are tiny, so the subsets stay few.
  const nodes: Node[] = [];
  const state: Array<[number, number, number[]]> = [];
  const seen = new Set<string>();
  const add = (
    x: number,
    v: number,
    set: number[],
    parent: number,
    ch: string,
  ) => {
    const key = `${x},${v},${set.join('.')}`;
    if (seen.has(key)) return;
    seen.add(key);
    nodes.push({ key, parent, ch });
    state.push([x, v, set]);
  };
  add(ni.start, 0, no.start === -1 ? [] : closure(no, [no.start]), -1, '');
  for (let i = 0; i < nodes.length; i++) {
    const [x, v, set] = state[i];
    if (v === 1 && ni.accepting[x] && !set.some(s => no.accepting[s])) {
      return { covers: false, counterexample: witness(nodes, i) };
    }
    for (const x2 of ni.eps[x]) add(x2, v, set, i, '');
    for (const ch of chars) {
      const v2 = validStep(v, ch);
      if (v2 === -1) continue;
      const targets = ni.step(x, ch);
      if (targets.length === 0) continue;
      const next = closure(
        no,
        set.flatMap(s => no.step(s, ch)),
      );
      for (const x2 of targets) add(x2, v2, next, i, ch);
    }
  }
  return { covers: true };
}

// ---- ownership -------------------------------------------------------------

/**
 * The path globs one owner (an agent id) claims.
 * @public
 */
export interface OwnershipEntry {
  owner: string;
  globs: string[];
}

/**
 * A claim on a path, as returned by ownersOfPath.
 * @public
 */
export interface PathOwner {
  owner: string;
  glob: string;
  specificity: number;
}

/**
 * Two different owners whose globs share at least one path.
 * @public
 */
export interface GlobOverlap {
  a: string;
  globA: string;
  b: string;
  globB: string;
  example: string;
  nested: boolean;
}

/** Literal characters of the normalized glob, '/' included. */
function specificity(glob: string): number {
  return normalize(glob).replace(/[*?]/g, '').length;
}

/**
 * Every (owner, glob) that matches `path`, most specific first
 * (specificity = literal characters in the glob, '/' included); ties keep
 * the entries' order.
 * @public
 */
export function ownersOfPath(
  entries: OwnershipEntry[],
  path: string,
): PathOwner[] {
  const out: PathOwner[] = [];
  for (const entry of entries) {
    for (const glob of entry.globs) {
      if (globMatches(glob, path)) {
        out.push({ owner: entry.owner, glob, specificity: specificity(glob) });
      }
    }
  }
  // Array.prototype.sort is stable, which keeps ties in entry order.
  return out.sort((x, y) => y.specificity - x.specificity);
}

/**
 * Every pair of globs held by different owners that match a common path, in
 * entry order, with a shortest example path. `nested` is true when one glob's
 * paths are a subset of the other's (the more specific owner is then the
 * primary one); identical globs are nested both ways and are reported too.
 * @public
 */
export function ownershipOverlaps(
  entries: OwnershipEntry[],
): GlobOverlap[] {
  const out: GlobOverlap[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i];
      const b = entries[j];
      if (a.owner === b.owner) continue;
      for (const globA of a.globs) {
        for (const globB of b.globs) {
          const { overlap, example } = globsOverlap(globA, globB);
          if (!overlap) continue;
          const nested =
            globCovers(globA, globB).covers || globCovers(globB, globA).covers;
          out.push({
            a: a.owner,
            globA,
            b: b.owner,
            globB,
            example: example!,
            nested,
          });
        }
      }
    }
  }
  return out;
}

/** Every glob of `inner` lies in `outer`'s, and not the other way round. */
function strictlyInside(inner: string, outer: string): boolean {
  return globCovers(outer, inner).covers && !globCovers(inner, outer).covers;
}

/**
 * An owner of a path and the glob that makes it one, with whether it is a
 * primary owner (no other matching glob lies strictly inside its own).
 * @public
 */
export interface PathOwnership<T> {
  owners: Array<{ owner: T; glob: string; specificity: number; primary: boolean }>;
  /** The primary owners, once each: one, or several when in conflict. */
  primary: T[];
  overlaps: Array<{ a: T; globA: string; b: T; globB: string; nested: boolean }>;
  /** More than one owner is primary. */
  conflict: boolean;
}

/**
 * The one answer to "who owns this path", used by the ownership route, the
 * change-set check and every action. Nesting, not glob length, decides: an
 * owner whose matching glob has another matching glob strictly inside it is
 * not primary, so components/terraform/vpc/main.tf goes to the owner of
 * components/terraform/vpc/*, and workflows/x, claimed by two identical
 * globs, has two primary owners: a conflict, never silently one of them.
 * @public
 */
export function pathOwnership<T extends { key: string; globs: string[] }>(
  owners: T[],
  path: string,
): PathOwnership<T> {
  const byKey = new Map(owners.map(o => [o.key, o]));
  const matches = ownersOfPath(
    owners.map(o => ({ owner: o.key, globs: o.globs })),
    path,
  ).map(m => ({
    owner: byKey.get(m.owner)!,
    glob: m.glob,
    specificity: m.specificity,
    primary: false,
  }));
  for (const m of matches) {
    m.primary = !matches.some(o => strictlyInside(o.glob, m.glob));
  }
  const overlaps: PathOwnership<T>['overlaps'] = [];
  matches.forEach((a, i) => {
    for (const b of matches.slice(i + 1)) {
      if (a.owner.key === b.owner.key) continue;
      overlaps.push({
        a: a.owner,
        globA: a.glob,
        b: b.owner,
        globB: b.glob,
        nested: strictlyInside(a.glob, b.glob) || strictlyInside(b.glob, a.glob),
      });
    }
  });
  const primary: T[] = [];
  for (const m of matches) {
    if (m.primary && !primary.includes(m.owner)) primary.push(m.owner);
  }
  return { owners: matches, primary, overlaps, conflict: primary.length > 1 };
}
