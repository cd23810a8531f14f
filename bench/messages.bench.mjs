/*
 * Benchmark for messages. Not a test: it prints figures and whether the
 * targets hold, and exits 0 whatever they are (1 only when it could not
 * measure).
 *
 *   node bench/messages.bench.mjs      (or: npm run bench:messages)
 *
 * BENCH_DEBUG=1 prints the backends' output when a run fails.
 *
 * Engines: BENCH_ENGINES (default sqlite,pg): SQLite files in a temporary
 * directory, and PostgreSQL at BENCH_PG (default
 * postgresql://postgres@127.0.0.1:5432). Everything listens on 127.0.0.1;
 * every database it makes starts with one prefix and is dropped at the end,
 * the temporary directory removed, and every process it starts is stopped,
 * on failure too.
 *
 * The plugin knows agents from the framework file only: an inbox exists for
 * every framework agent, and a message to ALL reaches every framework agent
 * but its sender (recipientsOf); the catalog's Agent entities are not
 * consulted. So the run's framework is the seed framework
 * (examples/framework.yaml) with 986 generated agents added: 1,000 agents.
 *
 * Per engine, two backends of the plugin alone (bench/task-board-backend.ts,
 * the one the board benchmark times its server part on), one on 1,000
 * messages, one on the same 1,000 plus 99,000 older ones, written straight
 * into the tables in batches (see seedRows for their shapes), read receipts
 * included.
 *
 * 1. Inbox page. GET /agents/{key}/inbox (the page of 50 and the unread
 *    counts) read by the agent itself, to both backends in turn,
 *    BENCH_REQUESTS times (default 60) after a warm-up, for the inbox of the
 *    hub (context_manager, to which a tenth of direct messages go) and of a
 *    typical agent. The 1k store is the 100k store's newest 1,000 messages,
 *    so the hub's page is the same 50 messages on both (checked); a typical
 *    agent has fewer than 50 in the 1k store, so its figure is for context.
 *    Each inbox query is also timed alone on the database, with its plan.
 *    Target: median(100k) / median(1k) <= 2, for the hub.
 * 2. Broadcast delivery, on the 100k backend. Delivered means: the POST
 *    /messages to ALL has answered 201 and every one of the 999 recipients'
 *    inboxes, read back one by one over HTTP, shows it first and unread with
 *    its unread count one higher than just before (and the sender's does
 *    not). Timed from the POST to the last of those reads; the baseline, in
 *    the same run, is the 999 reads with nothing new to find and a direct
 *    message to one agent (POST plus its inbox read). Then BENCH_ROUNDS
 *    (default 21) broadcasts against direct messages, POST alone, order
 *    alternating. Target: a broadcast's POST <= 2x a direct message's (it is
 *    one row, however many agents it reaches).
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import knexFactory from 'knex';
import { parse as parseYaml } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The seed goes straight into the tables, past the plugin's counters: they are rebuilt as the migration builds them.
const { rebuildMessageCounts } = createRequire(import.meta.url)(
  join(
    ROOT,
    'plugins/agent-coordination-backend/migrations/20261206000000_message_counts.js',
  ),
);
const PG = process.env.BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,pg')
  .split(',')
  .map(s => s.trim());
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const WARMUP = 5;
// Inbox reads in flight at once while checking the 999 inboxes.
const FAN_OUT = 8;
// A hung backend must not hold the machine, which CI shares.
const TIME_LIMIT_MS = 20 * 60_000;
const PREFIX = `bench_${Date.now().toString(36)}_`;

const AGENTS = 1000;
const YOUNG = 1000;
const HISTORY = 99_000;
const PAGE = 50; // the inbox's default page
const RATIO_TARGET = 2;
const BROADCAST_TARGET = 2;

const HUB = 'context_manager';
const TYPICAL = 'bench_agent_0500';
const SENDER = 'network_engineer';
// One external-access token per caller: each reads or sends as its own agent.
const CALLERS = {
  [HUB]: { subject: 'bench-hub' },
  [TYPICAL]: { subject: 'bench-typical' },
  [SENDER]: { subject: 'bench-sender' },
};
for (const c of Object.values(CALLERS))
  c.token = randomBytes(24).toString('hex');

// Shares of the stored messages.
const BROADCAST_SHARE = 0.01;
const HUB_SHARE = 0.1;
const TYPES = [
  ['REQUEST', 0.3],
  ['RESPONSE', 0.25],
  ['UPDATE', 0.4],
  ['ALERT', 0.05],
];
const PRIORITIES = [
  ['P0', 0.05],
  ['P1', 0.25],
  ['P2', 0.45],
  ['P3', 0.25],
];

// A fixed seed: every run seeds the same shapes of data.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20261204;
let random = rng(SEED);
const pick = xs => xs[Math.floor(random() * xs.length)];
function pickWeighted(pairs) {
  let r = random();
  for (const [value, weight] of pairs) {
    if ((r -= weight) < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) =>
  [...xs].sort((a, b) => a - b)[
    Math.min(xs.length - 1, Math.floor(q * xs.length))
  ];
const ms = x => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`;
const verdict = ok => (ok ? 'OK' : 'MISSED');
const load = () =>
  `load average ${loadavg()
    .map(x => x.toFixed(2))
    .join(' / ')} (1 / 5 / 15 min) on this ${cpus().length}-core machine`;
const log = (...args) => console.log(...args);
const sleep = msec => new Promise(r => setTimeout(r, msec));

function databaseUrl(name) {
  const url = new URL(PG);
  url.pathname = `/${name}`;
  return url.toString();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

// ---------------------------------------------------------------------------
// Processes and cleanup

const workDir = mkdtempSync(join(tmpdir(), PREFIX));
const children = [];
const pools = [];
let cleaning;

/** Its own process group, so that stopping it stops whatever it started too. */
function startChild(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  const keep = chunk => {
    output = (output + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const entry = { name, child, output: () => output };
  children.push(entry);
  return entry;
}

function signalGroup(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    /* already gone */
  }
}

async function stopChild(entry) {
  const { child } = entry;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise(r => child.once('exit', r));
    signalGroup(child, 'SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
  }
  signalGroup(child, 'SIGKILL');
  children.splice(children.indexOf(entry), 1);
}

async function waitForHealth(entry, base, deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (entry.child.exitCode !== null) {
      throw new Error(
        `${entry.name} exited with ${entry.child.exitCode}:\n${entry.output()}`,
      );
    }
    try {
      if ((await fetch(`${base}/api/agent-coordination/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(500);
  }
  throw new Error(
    `${entry.name} did not answer within ${
      deadlineMs / 1000
    } s:\n${entry.output()}`,
  );
}

async function dropPgDatabases() {
  const admin = knexFactory({ client: 'pg', connection: PG });
  try {
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ?',
      [`${PREFIX}%`],
    );
    for (const { datname } of rows)
      await admin.raw('drop database if exists ?? with (force)', [datname]);
  } finally {
    await admin.destroy();
  }
}

function cleanup() {
  cleaning ??= (async () => {
    for (const entry of [...children]) await stopChild(entry);
    for (const pool of pools) await pool.destroy().catch(() => {});
    if (ENGINES.includes('pg')) {
      await dropPgDatabases().catch(error =>
        console.error(
          `could not drop the ${PREFIX}* databases: ${error.message}`,
        ),
      );
    }
    rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaning;
}

// Whatever ends this process, no backend outlives it.
process.once('exit', () => {
  for (const { child } of children) signalGroup(child, 'SIGKILL');
});
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(name, () => {
    console.error(`\n${name}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}
setTimeout(() => {
  console.error(
    `\nthe run took longer than ${TIME_LIMIT_MS / 60_000} min: abandoned`,
  );
  cleanup().finally(() => process.exit(1));
}, TIME_LIMIT_MS).unref();

// ---------------------------------------------------------------------------
// The framework, the backends and their data

/** The seed framework with generated agents up to AGENTS: ordinary tier-5 agents that depend on the context manager. */
function writeFramework() {
  const framework = parseYaml(
    readFileSync(join(ROOT, 'examples/framework.yaml'), 'utf8'),
  );
  const seeded = framework.agents.length;
  for (let i = seeded + 1; i <= AGENTS; i++) {
    framework.agents.push({
      key: `bench_agent_${String(i).padStart(4, '0')}`,
      id: `agent-${String(i).padStart(4, '0')}`,
      tier: 5,
      role: `Generated agent ${i}`,
      dependencies: ['context_manager'],
    });
  }
  const file = join(workDir, 'framework.json');
  writeFileSync(file, JSON.stringify(framework));
  return { file, seeded, agents: framework.agents.map(a => a.key) };
}

async function startBackend(engine, name, frameworkFile) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let database;
  let open;
  if (engine === 'pg') {
    const prefix = `${PREFIX}${name}_`;
    database = { client: 'pg', connection: PG, prefix };
    open = () =>
      knexFactory({
        client: 'pg',
        connection: databaseUrl(`${prefix}agent-coordination`),
        pool: { min: 0, max: 2 },
      });
  } else {
    const directory = join(workDir, name);
    mkdirSync(directory);
    database = { client: 'better-sqlite3', connection: { directory } };
    open = () =>
      knexFactory({
        client: 'better-sqlite3',
        connection: { filename: join(directory, 'agent-coordination.sqlite') },
        useNullAsDefault: true,
      });
  }
  const config = join(workDir, `${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      backend: {
        baseUrl: base,
        listen: { port, host: '127.0.0.1' },
        database,
        auth: {
          externalAccess: Object.values(CALLERS).map(c => ({
            type: 'static',
            options: { token: c.token, subject: c.subject },
          })),
        },
      },
      permission: { enabled: true },
      agentCoordination: {
        framework: { file: frameworkFile },
        actors: Object.entries(CALLERS).map(([agent, c]) => ({
          principal: c.subject,
          agent,
        })),
      },
    }),
  );
  const entry = startChild(
    name,
    [
      '-r',
      'sucrase/register',
      'bench/task-board-backend.ts',
      '--config',
      config,
    ],
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    },
  );
  return { name, base, entry, open };
}

function api(base) {
  return async (as, method, path, body) => {
    const send = () =>
      fetch(`${base}/api/agent-coordination${path}`, {
        method,
        headers: {
          authorization: `Bearer ${CALLERS[as].token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
    let started = performance.now();
    let res;
    try {
      res = await send();
    } catch (error) {
      // A keep-alive socket the server closed while this process was busy
      // fails on reuse; a GET is safe to send again, and is timed afresh.
      if (method !== 'GET' || error.cause?.code !== 'UND_ERR_SOCKET')
        throw error;
      started = performance.now();
      res = await send();
    }
    const text = await res.text();
    const took = performance.now() - started;
    if (!res.ok)
      throw new Error(
        `${method} ${path} as ${as}: ${res.status} ${text.slice(0, 300)}`,
      );
    return { body: JSON.parse(text), took, bytes: text.length };
  };
}

/** Runs `work` over `items`, FAN_OUT at a time. */
async function fanOut(items, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: FAN_OUT }, worker));
}

/**
 * `count` messages, evenly spread over the year before `before`, oldest
 * first, and their read receipts. A message is a broadcast (1 %) from any
 * agent, or a direct message to the hub (10 %) or to any other agent, from
 * any agent but its recipient. REQUESTs are answered or already flagged
 * overdue (none is left for the overdue sweep to act on during the run);
 * RESPONSEs answer the latest REQUEST. Receipts: a direct message read by
 * its recipient with probability `readShare`; a broadcast by each of the two
 * measured agents with that probability, and by a tenth of the others.
 */
function seedRows(count, before, span, agents, readShare) {
  const messages = [];
  const reads = [];
  const others = agents.filter(a => a !== HUB);
  let lastRequest = null;
  const readBy = (id, agent, sentAt) =>
    reads.push({
      message_id: id,
      agent,
      read_at: new Date(sentAt + 600_000).toISOString(),
      read_by: 'bench-seed',
    });
  for (let i = 0; i < count; i++) {
    const sentAt =
      before -
      span +
      Math.floor((span * i) / count) +
      Math.floor(random() * 1000);
    const sent = new Date(sentAt).toISOString();
    const id = randomUUID();
    const broadcast = random() < BROADCAST_SHARE;
    let to;
    let from;
    if (broadcast) {
      to = 'ALL';
      from = pick(agents);
    } else {
      to = random() < HUB_SHARE ? HUB : pick(others);
      do from = pick(agents);
      while (from === to);
    }
    const type = pickWeighted(TYPES);
    const request = type === 'REQUEST';
    const answered = request && random() < 0.9;
    const correlation = request
      ? id
      : type === 'RESPONSE'
      ? lastRequest ?? id
      : null;
    if (request) lastRequest = id;
    messages.push({
      id,
      from_agent: from,
      to_agent: to,
      priority: pickWeighted(PRIORITIES),
      type,
      subject: `Bench ${i + 1}: ${type.toLowerCase()} about ${pick([
        'vpc',
        'dns',
        'eks',
        'monitoring',
        'stacks',
        'docs',
      ])}`,
      content:
        'What an agent usually writes to another: the change, what it needs from the reader, and where the artifacts are.',
      artifacts:
        random() < 0.3
          ? JSON.stringify([
              { path: 'components/terraform/vpc/main.tf', type: 'code' },
            ])
          : '[]',
      dependencies: '[]',
      correlation_id: correlation,
      thread_id: correlation ?? id,
      tags: random() < 0.2 ? '["bench"]' : '[]',
      sent_at: sent,
      response_due_at: request
        ? new Date(sentAt + 4 * 3600_000).toISOString()
        : null,
      answered_at: answered ? new Date(sentAt + 3600_000).toISOString() : null,
      answered_by: null,
      overdue_at:
        request && !answered
          ? new Date(sentAt + 4 * 3600_000).toISOString()
          : null,
      due_at: null,
      version: request ? 2 : 1,
      created_by: 'bench-seed',
    });
    if (broadcast) {
      for (const agent of agents) {
        if (agent === from) continue;
        const measured = agent === HUB || agent === TYPICAL;
        if (random() < (measured ? readShare : 0.1 * readShare))
          readBy(id, agent, sentAt);
      }
    } else if (random() < readShare) {
      readBy(id, to, sentAt);
    }
  }
  return { messages, reads };
}

async function insertBatches(db, table, rows) {
  // 20 columns a row: 500 rows stay under SQLite's limit of bound variables.
  for (let i = 0; i < rows.length; i += 500)
    await db(table).insert(rows.slice(i, i + 500));
}

// ---------------------------------------------------------------------------
// The inbox's queries, as src/messages/store/listMessages.ts and counts.ts build them, for EXPLAIN

/** Before the counters: the inbox as one OR, which the page and both counts each read whole. */
function orInbox(db, agent, scoped) {
  const q = db('coordination_messages').where(w =>
    w
      .where('to_agent', agent)
      .orWhere(b => b.where('to_agent', 'ALL').whereNot('from_agent', agent)),
  );
  // An agent other than the context manager reads under its read scope too.
  if (scoped)
    q.where(w =>
      w
        .where('from_agent', agent)
        .orWhere('to_agent', agent)
        .orWhere('to_agent', 'ALL'),
    );
  return q;
}

const newestFirst = [
  { column: 'sent_at', order: 'desc' },
  { column: 'id', order: 'desc' },
];

/**
 * What the plugin runs now: the page as two ranges of the (to_agent,
 * sent_at, id) index, each cut at the page (merged in the backend), and the
 * counts from the counters; then, for comparison, the queries it ran before.
 */
function inboxQueries(db, agent, scoped) {
  const range = direct => {
    const q = db('coordination_messages');
    // No read scope: the agent's own inbox is all within it, and the plugin leaves it out.
    if (direct) q.where('to_agent', agent);
    else q.where('to_agent', 'ALL').whereNot('from_agent', agent);
    return q.orderBy(newestFirst).limit(PAGE + 1);
  };
  const recipients = [agent, 'ALL'];
  return {
    'page, range to the agent': range(true),
    'page, range of broadcasts not from it': range(false),
    'counts from the counters': db
      .select(
        'recipient',
        'priority',
        { received: 'message_count' },
        db.raw('0 as ??', ['sent']),
        db.raw('0 as ??', ['read']),
      )
      .from('coordination_message_totals')
      .whereIn('recipient', recipients)
      .unionAll(q =>
        q
          .select(
            'recipient',
            'priority',
            db.raw('0 as ??', ['received']),
            { sent: 'sent_count' },
            { read: 'read_count' },
          )
          .from('coordination_message_agent_counts')
          .where('agent', agent)
          .whereIn('recipient', recipients),
      ),
    'before: page over the OR': orInbox(db, agent, scoped)
      .orderBy(newestFirst)
      .limit(PAGE + 1),
    'before: total over the OR': orInbox(db, agent, scoped).count({ n: '*' }),
    'before: unread over the OR': orInbox(db, agent, scoped)
      .whereNotIn(
        'id',
        db('coordination_message_reads')
          .select('message_id')
          .where('agent', agent),
      )
      .groupBy('priority')
      .select('priority')
      .count({ n: '*' }),
  };
}

/** Median of `n` runs of a query, straight on the database: its share of a request. */
async function timeQuery(db, { sql, bindings }, n = 21) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await db.raw(sql, bindings);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function explain(engine, db, { sql, bindings }) {
  if (engine === 'pg') {
    const { rows } = await db.raw(
      `explain (analyze, format json) ${sql}`,
      bindings,
    );
    const plan = rows[0]['QUERY PLAN'][0];
    const nodes = [];
    const walk = n => {
      nodes.push(
        `${n['Node Type']}${
          n['Index Name'] ? ` using ${n['Index Name']}` : ''
        }`,
      );
      for (const c of n.Plans ?? []) walk(c);
    };
    walk(plan.Plan);
    return `${nodes.join(' > ')}; ${plan['Execution Time'].toFixed(2)} ms`;
  }
  const rows = await db.raw(`explain query plan ${sql}`, bindings);
  const started = performance.now();
  await db.raw(sql, bindings);
  return `${rows.map(r => r.detail).join('; ')}; ${(
    performance.now() - started
  ).toFixed(2)} ms`;
}

// ---------------------------------------------------------------------------

async function benchEngine(engine, framework) {
  const label = engine === 'pg' ? 'PostgreSQL' : 'SQLite';
  log(`\n######## ${label} (${load()})`);
  const small = await startBackend(engine, `${engine}_1k`, framework.file);
  const large = await startBackend(engine, `${engine}_100k`, framework.file);
  const backends = [small, large];
  try {
    await Promise.all(
      backends.map(b => waitForHealth(b.entry, b.base, 240_000)),
    );
    const smallApi = api(small.base);
    const largeApi = api(large.base);
    const served = (await largeApi(HUB, 'GET', '/framework')).body;
    const servedAgents = served.agents.length;
    if (servedAgents !== AGENTS)
      throw new Error(
        `the backend serves ${servedAgents} framework agents, not ${AGENTS}`,
      );

    const smallDb = small.open();
    const largeDb = large.open();
    pools.push(smallDb, largeDb);
    const version =
      engine === 'pg'
        ? `PostgreSQL ${
            (await largeDb.raw('show server_version')).rows[0].server_version
          }`
        : `SQLite ${(await largeDb.raw('select sqlite_version() as v'))[0].v}`;

    // The newest 1,000 end five hours ago, so every REQUEST among them is past its response SLA and settled.
    // Every engine gets the same messages.
    random = rng(SEED);
    const youngEnd = Date.now() - 5 * 3600_000;
    const youngSpan = 3.5 * 24 * 3600_000;
    const young = seedRows(YOUNG, youngEnd, youngSpan, framework.agents, 0.6);
    const history = seedRows(
      HISTORY,
      youngEnd - youngSpan,
      365 * 24 * 3600_000,
      framework.agents,
      0.95,
    );
    const seedStarted = Date.now();
    for (const db of [smallDb, largeDb]) {
      await insertBatches(db, 'coordination_messages', young.messages);
      await insertBatches(db, 'coordination_message_reads', young.reads);
    }
    await insertBatches(largeDb, 'coordination_messages', history.messages);
    await insertBatches(largeDb, 'coordination_message_reads', history.reads);
    for (const db of [smallDb, largeDb]) await rebuildMessageCounts(db);
    // As a database that has settled: statistics current (and on PostgreSQL the visibility map set).
    for (const db of [smallDb, largeDb]) {
      if (engine === 'pg') {
        await db.raw('vacuum analyze coordination_messages');
        await db.raw('vacuum analyze coordination_message_reads');
      } else {
        await db.raw('analyze');
      }
    }
    // better-sqlite3 blocks the event loop while it inserts: let the sockets the backends closed meanwhile be seen closed.
    await sleep(500);
    const count = async (db, table) =>
      Number((await db(table).count({ n: '*' }))[0].n);
    log(
      `${version}, Node ${process.version}; ${
        framework.agents.length
      } framework agents (${framework.seeded} of the seed, ${
        AGENTS - framework.seeded
      } generated)`,
    );
    log(
      `1k backend: ${await count(
        smallDb,
        'coordination_messages',
      )} messages, ${await count(
        smallDb,
        'coordination_message_reads',
      )} receipts; 100k backend: ${await count(
        largeDb,
        'coordination_messages',
      )} messages, ${await count(
        largeDb,
        'coordination_message_reads',
      )} receipts (the same 1,000 and their receipts, plus ${HISTORY.toLocaleString(
        'en',
      )} older ones over a year), inserted in batches of 500 in ${(
        (Date.now() - seedStarted) /
        1000
      ).toFixed(0)} s`,
    );

    // ------------------------------------------------------------ 1. inbox page
    log(
      `\n== 1. Inbox page, GET /agents/{key}/inbox read by the agent itself (${load()})`,
    );
    log(
      `${REQUESTS} requests to each backend in turn after ${WARMUP} each to warm up, one at a time; loopback round trip (request sent to body read) on 127.0.0.1, mostly server time`,
    );
    const ratios = {};
    for (const [agent, what] of [
      [HUB, 'the hub (a tenth of direct messages): the target'],
      [
        TYPICAL,
        'a typical agent, for context: in the 1k store its whole inbox is shorter than a page',
      ],
    ]) {
      const path = `/agents/${agent}/inbox`;
      for (let i = 0; i < WARMUP; i++) {
        await smallApi(agent, 'GET', path);
        await largeApi(agent, 'GET', path);
      }
      const times = { small: [], large: [] };
      const shape = {};
      for (let i = 0; i < REQUESTS; i++) {
        const order = i % 2 ? ['large', 'small'] : ['small', 'large'];
        for (const which of order) {
          const r = await (which === 'small' ? smallApi : largeApi)(
            agent,
            'GET',
            path,
          );
          times[which].push(r.took);
          shape[which] ??= r;
        }
      }
      const s = shape.small.body;
      const l = shape.large.body;
      const same =
        s.items.length === l.items.length &&
        s.items.every(
          (m, i) => m.id === l.items[i].id && m.readAt === l.items[i].readAt,
        );
      const m1 = median(times.small);
      const m100 = median(times.large);
      const ratio = m100 / m1;
      ratios[agent] = ratio;
      log(`\n${agent}'s inbox, ${what}:`);
      log(
        `  1k:   inbox of ${s.total}, ${s.unread} unread; 100k: inbox of ${
          l.total
        }, ${l.unread} unread; page: ${s.items.length} / ${
          l.items.length
        } items (${(shape.small.bytes / 1000).toFixed(1)} / ${(
          shape.large.bytes / 1000
        ).toFixed(1)} KB), the same messages with the same read state: ${
          same ? 'yes' : 'NO'
        }`,
      );
      log(
        `  1k:   median ${ms(m1).padStart(8)}   p90 ${ms(
          quantile(times.small, 0.9),
        ).padStart(8)}   min ${ms(Math.min(...times.small)).padStart(8)}`,
      );
      log(
        `  100k: median ${ms(m100).padStart(8)}   p90 ${ms(
          quantile(times.large, 0.9),
        ).padStart(8)}   min ${ms(Math.min(...times.large)).padStart(8)}`,
      );
      log(
        `  ratio 100k / 1k: ${ratio.toFixed(2)}x${
          agent === HUB
            ? ` (target <= ${RATIO_TARGET}x): ${verdict(ratio <= RATIO_TARGET)}`
            : ''
        }`,
      );
      const scoped = agent !== HUB;
      for (const [name, db] of [
        ['1k', smallDb],
        ['100k', largeDb],
      ]) {
        const q = Object.fromEntries(
          Object.entries(inboxQueries(db, agent, scoped)).map(([k, v]) => [
            k,
            v.toSQL(),
          ]),
        );
        log(`  ${name}: each query alone, median of 21 runs, and its plan:`);
        for (const [part, query] of Object.entries(q))
          log(
            `    ${part}: ${ms(await timeQuery(db, query))}; ${await explain(
              engine,
              db,
              query,
            )}`,
          );
      }
    }

    // ------------------------------------------------------------ 2. broadcast
    log(
      `\n== 2. Broadcast to ${AGENTS.toLocaleString(
        'en',
      )} agents, on the 100k backend (${load()})`,
    );
    const recipients = framework.agents.filter(a => a !== SENDER);
    // Any caller may be the reader: the context manager's token reads every inbox.
    const readInbox = async agent =>
      (await largeApi(HUB, 'GET', `/agents/${agent}/inbox?limit=1`)).body;
    const unreadBefore = new Map();
    let started = performance.now();
    await fanOut(recipients, async agent => {
      unreadBefore.set(agent, (await readInbox(agent)).unread);
    });
    const readAllMs = performance.now() - started;

    const body = (to, i) => ({
      to,
      priority: 'P1',
      type: 'UPDATE',
      subject: `Bench ${
        to === 'ALL' ? 'broadcast' : 'message'
      } ${i}: the VPC peering is live`,
      content:
        'Peering routes are applied in every region; nothing to do unless your module pins the old CIDR.',
    });

    started = performance.now();
    const sent = await largeApi(SENDER, 'POST', '/messages', body('ALL', 0));
    const postMs = sent.took;
    const broadcastId = sent.body.id;
    const failures = [];
    await fanOut(recipients, async agent => {
      const box = await readInbox(agent);
      const first = box.items[0];
      if (
        !first ||
        first.id !== broadcastId ||
        first.readAt !== null ||
        box.unread !== unreadBefore.get(agent) + 1
      )
        failures.push(
          `${agent}: first ${first?.id ?? 'none'} readAt ${
            first?.readAt
          } unread ${box.unread} (before ${unreadBefore.get(agent)})`,
        );
    });
    const deliveredMs = performance.now() - started;
    const senderBox = (
      await largeApi(HUB, 'GET', `/agents/${SENDER}/inbox?limit=${PAGE}`)
    ).body;
    const inSenders = senderBox.items.some(m => m.id === broadcastId);

    started = performance.now();
    const direct = await largeApi(
      SENDER,
      'POST',
      '/messages',
      body(TYPICAL, 0),
    );
    const directId = direct.body.id;
    const directBox = await readInbox(TYPICAL);
    const directMs = performance.now() - started;
    if (
      directBox.items[0]?.id !== directId ||
      directBox.items[0]?.readAt !== null
    )
      failures.push(`${TYPICAL}: the direct message is not first and unread`);

    const times = { broadcast: [], direct: [] };
    for (let i = 1; i <= ROUNDS; i++) {
      const order = i % 2 ? ['broadcast', 'direct'] : ['direct', 'broadcast'];
      for (const which of order) {
        const r = await largeApi(
          SENDER,
          'POST',
          '/messages',
          body(which === 'broadcast' ? 'ALL' : TYPICAL, i),
        );
        times[which].push(r.took);
      }
    }
    const stored = await largeDb('coordination_messages')
      .where('from_agent', SENDER)
      .where('subject', 'like', 'Bench broadcast %')
      .count({ n: '*' });
    const mb = median(times.broadcast);
    const md = median(times.direct);
    const delivered = failures.length === 0 && !inSenders;
    log(
      `delivered: POST /messages to ALL from ${SENDER} answered 201 in ${ms(
        postMs,
      )}; then all ${
        recipients.length
      } recipients' inboxes read back (GET /agents/{key}/inbox?limit=1, ${FAN_OUT} at a time): ` +
        `${recipients.length - failures.length} of ${
          recipients.length
        } show it first and unread with their unread count +1; the sender's own inbox ${
          inSenders ? 'SHOWS it' : 'does not'
        }`,
    );
    for (const f of failures.slice(0, 5)) log(`  not delivered: ${f}`);
    log(
      `  POST to the last inbox confirmed: ${ms(
        deliveredMs,
      )} (baseline: the same ${
        recipients.length
      } reads just before, nothing new to find: ${ms(
        readAllMs,
      )}; a direct message to ${TYPICAL}, POST plus its inbox read: ${ms(
        directMs,
      )})`,
    );
    log(
      `  stored once: ${Number(stored[0].n)} rows for the ${
        ROUNDS + 1
      } broadcasts sent; delivery to every agent: ${verdict(delivered)}`,
    );
    log(`POST alone, ${ROUNDS} rounds, order alternating:`);
    log(
      `  broadcast to ALL:     median ${ms(mb).padStart(8)}   p90 ${ms(
        quantile(times.broadcast, 0.9),
      ).padStart(8)}`,
    );
    log(
      `  direct to one agent:  median ${ms(md).padStart(8)}   p90 ${ms(
        quantile(times.direct, 0.9),
      ).padStart(8)}`,
    );
    log(
      `  broadcast / direct: ${(mb / md).toFixed(
        2,
      )}x (target <= ${BROADCAST_TARGET}x): ${verdict(
        mb / md <= BROADCAST_TARGET,
      )}`,
    );
    return {
      engine: label,
      ratios,
      postMs,
      deliveredMs,
      readAllMs,
      directMs,
      mb,
      md,
      delivered,
    };
  } catch (error) {
    // A request that failed because a backend died is explained by its output.
    await sleep(2000);
    for (const b of backends) {
      if (process.env.BENCH_DEBUG)
        console.error(`${b.name}:\n${b.entry.output()}`);
      if (b.entry.child.exitCode !== null || b.entry.child.signalCode !== null)
        console.error(
          `${b.name} exited (${
            b.entry.child.exitCode ?? b.entry.child.signalCode
          }):\n${b.entry.output()}`,
        );
    }
    throw error;
  } finally {
    for (const b of backends) await stopChild(b.entry);
  }
}

async function main() {
  const startedAt = Date.now();
  log(`Messages benchmark: ${load()}`);
  const framework = writeFramework();
  const results = [];
  for (const engine of ENGINES) {
    if (engine !== 'pg' && engine !== 'sqlite')
      throw new Error(`unknown engine '${engine}' (sqlite, pg)`);
    results.push(await benchEngine(engine, framework));
  }
  log(
    `\n== Summary (${load()}; ${((Date.now() - startedAt) / 1000).toFixed(
      0,
    )} s in all)`,
  );
  for (const r of results) {
    log(
      `${r.engine}: inbox page 100k / 1k: ${r.ratios[HUB].toFixed(
        2,
      )}x (${HUB}, the same page), target <= ${RATIO_TARGET}x: ${verdict(
        r.ratios[HUB] <= RATIO_TARGET,
      )}; ${TYPICAL}'s ${r.ratios[TYPICAL].toFixed(2)}x for context`,
    );
    log(
      `${r.engine}: broadcast to ${AGENTS} agents: POST ${ms(
        r.postMs,
      )}, delivered (all ${AGENTS - 1} inboxes confirmed) in ${ms(
        r.deliveredMs,
      )}: ${verdict(r.delivered)}; POST median ${ms(
        r.mb,
      )} against a direct message's ${ms(r.md)}: ${verdict(
        r.mb / r.md <= BROADCAST_TARGET,
      )}`,
    );
  }
}

main()
  .catch(error => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanup());
