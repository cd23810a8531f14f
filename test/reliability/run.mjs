/*
 * The reliability suite: real backends of the plugin (test/reliability/backend.ts)
 * on one PostgreSQL database, started, killed with SIGKILL and restarted while
 * clients drive tasks and conflicts with keyed requests, then two replicas
 * racing the same tasks, live updates across replicas, and memory.
 *
 *   node test/reliability/run.mjs          bounded (CI, `npm test`): about 2 minutes
 *   node test/reliability/run.mjs --full   the documented full form (docs/reliability.md)
 *   npm run test:reliability -- --full
 *
 * Options: --only=startup,kill,race,signals,memory runs some checks;
 * --without-gate and --without-events-backend start the backends without the
 * start-up gate or the events backend, to show the start-up and signals
 * checks fail without them. RELIABILITY_PG (default
 * postgresql://postgres@127.0.0.1:5432) is the server; each run makes its own
 * databases (prefix rel_<time>_) and drops them at the end. Only 127.0.0.1 is
 * ever contacted. Every check prints its figures and the run exits 1 on any
 * violation: a duplicate, a lost update, a half-applied change, an answer to
 * a retried key that differs from its first, a 5xx other than a 503, a 503
 * without Retry-After, or a 404 while a backend starts.
 *
 * Without PostgreSQL the run is skipped (exit 0), except under CI=true, where
 * it fails.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const knexFactory = require('knex');
const WebSocket = require('ws');

const args = process.argv.slice(2);
const FULL = args.includes('--full');
const WITHOUT_GATE = args.includes('--without-gate');
const WITHOUT_EVENTS = args.includes('--without-events-backend');
const ONLY = args
  .find(a => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = name => !ONLY || ONLY.includes(name);
const PG = process.env.RELIABILITY_PG ?? 'postgresql://postgres@127.0.0.1:5432';

/** Bounded in CI; the full form is what docs/reliability.md records. */
const SIZE = FULL
  ? {
      clients: 32,
      kills: 3,
      loadMs: 4000,
      raceTasks: 40,
      raceWorkers: 16,
      raceMs: 15000,
      racePairs: 60,
      raceConflicts: 40,
      memoryTasks: 10000,
    }
  : {
      clients: 8,
      kills: 1,
      loadMs: 2500,
      raceTasks: 12,
      raceWorkers: 6,
      raceMs: 4000,
      racePairs: 12,
      raceConflicts: 10,
      memoryTasks: 2000,
    };
/*
 * RSS after the memory check's tasks may exceed the idle figure by at most this
 * much, and V8's heap in use (after a full GC, the figure a leak moves) by at
 * most HEAP_BOUND_MB. RSS does not come back down after a GC (V8 keeps the heap
 * it grew, malloc its arenas), so its bound is the wider one.
 */
const RSS_BOUND_MB = 256;
const HEAP_BOUND_MB = 32;

const RUN = `rel_${Date.now().toString(36)}`;
const PREFIX = `${RUN}_`;
const TMP = join(tmpdir(), RUN);
const LOGS = join(ROOT, '.test-output', 'reliability');
const CALLERS = {
  cm: { subject: 'rel-cm', agent: 'context_manager' },
  api: { subject: 'rel-api', agent: 'api_developer' },
  sec: { subject: 'rel-sec', agent: 'security_specialist' },
};
for (const c of Object.values(CALLERS))
  c.token = randomBytes(24).toString('hex');

/** Each distinct violation once, with how often it happened. */
const violations = new Map();
function violation(check, message) {
  const key = `${check}: ${message}`;
  if (!violations.has(key)) console.log(`  VIOLATION ${message}`);
  bump(violations, key);
}
const sleep = ms => new Promise(r => setTimeout(r, ms));
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function countsText(map) {
  return (
    [...map]
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
      .map(([k, v]) => `${k}×${v}`)
      .join(' ') || 'none'
  );
}
function bump(map, key, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

// ---------------------------------------------------------------------------
// Backends: every process started is killed on exit, failure included.

const children = new Set();
function killAll() {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the backends`);
    killAll();
    cleanupDatabases().finally(() => {
      rmSync(TMP, { recursive: true, force: true });
      process.exit(130);
    });
  });
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

class Backend {
  constructor(name, port) {
    this.name = name;
    this.port = port;
    this.base = `http://127.0.0.1:${port}`;
    this.api = `${this.base}/api/agent-coordination`;
    this.config = join(TMP, `${name}.json`);
    this.log = join(LOGS, `${name}.log`);
    writeFileSync(
      this.config,
      JSON.stringify({
        app: { baseUrl: this.base },
        backend: {
          baseUrl: this.base,
          listen: { port, host: '127.0.0.1' },
          database: { client: 'pg', connection: PG, prefix: PREFIX },
          auth: {
            externalAccess: Object.values(CALLERS).map(c => ({
              type: 'static',
              options: { token: c.token, subject: c.subject },
            })),
          },
        },
        auth: {
          providers: {
            guest: {
              dangerouslyAllowOutsideDevelopment: true,
              userEntityRef: 'user:default/guest',
            },
          },
        },
        permission: { enabled: true },
        events: { useEventBus: 'always' },
        agentCoordination: {
          actors: [
            ...Object.values(CALLERS).map(c => ({
              principal: c.subject,
              agent: c.agent,
            })),
            { principal: 'user:default/guest', agent: 'context_manager' },
          ],
        },
      }),
    );
    this.starts = 0;
  }

  start({ nodeArgs = [], env = {} } = {}) {
    this.starts += 1;
    const out = createWriteStream(this.log, { flags: 'a' });
    out.write(`\n=== start ${this.starts} at ${new Date().toISOString()}\n`);
    const child = spawn(
      process.execPath,
      [
        ...nodeArgs,
        '-r',
        'sucrase/register',
        'test/reliability/backend.ts',
        '--config',
        this.config,
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          ...(WITHOUT_GATE ? { RELIABILITY_WITHOUT_GATE: '1' } : {}),
          ...(WITHOUT_EVENTS ? { RELIABILITY_WITHOUT_EVENTS: '1' } : {}),
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    children.add(child);
    child.exited = new Promise(resolve =>
      child.once('exit', (code, signal) => {
        children.delete(child);
        resolve({ code, signal });
      }),
    );
    this.child = child;
    this.startedAt = Date.now();
    return this;
  }

  async kill9() {
    const child = this.child;
    child.kill('SIGKILL');
    await child.exited;
  }

  async stop() {
    const child = this.child;
    if (!child || !children.has(child)) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await child.exited;
    clearTimeout(timer);
  }

  /** After a full garbage collection in the backend (it runs with --expose-gc): RSS and V8's heap in use, in MB. */
  async collectedMb(file) {
    rmSync(file, { force: true });
    this.child.kill('SIGUSR2');
    for (let i = 0; i < 100; i++) {
      await sleep(100);
      try {
        const usage = JSON.parse(readFileSync(file, 'utf8'));
        await sleep(500);
        const mb = x => x / 1048576;
        return {
          rss: this.rssMb(),
          heapUsed: mb(usage.heapUsed),
          heapTotal: mb(usage.heapTotal),
          external: mb(usage.external),
        };
      } catch {
        /* not written yet */
      }
    }
    throw new Error(`${this.name} did not report its memory`);
  }

  rssMb() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  }

  tail(lines = 30) {
    try {
      return readFileSync(this.log, 'utf8')
        .split('\n')
        .filter(
          line => !line.includes('backend.baseUrl is set to a localhost URL'),
        )
        .slice(-lines)
        .join('\n');
    } catch {
      return '';
    }
  }
}

// ---------------------------------------------------------------------------
// HTTP: one call, and a keyed call retried with its key until answered.

const RETRYABLE = new Set([0, 502, 503, 504]);
/** Set when the run fails: every client stops retrying, so the run ends instead of waiting out their deadlines. */
let aborting = false;

async function call(backend, who, method, path, body, key) {
  const headers = { authorization: `Bearer ${CALLERS[who].token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (key) headers['idempotency-key'] = key;
  try {
    const res = await fetch(`${backend.api}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { unparsed: text.slice(0, 200) };
    }
    return {
      status: res.status,
      body: json,
      empty: text === '',
      retryAfter: res.headers.get('retry-after'),
    };
  } catch (error) {
    return {
      status: 0,
      error: error.cause?.code ?? error.name ?? String(error),
    };
  }
}

/** Statuses of every attempt a check made, for its figures and its violations. */
class Tally {
  constructor(check) {
    this.check = check;
    this.statuses = new Map();
    this.attempts = 0;
    this.retries = 0;
  }
  note(res) {
    this.attempts += 1;
    bump(this.statuses, res.status === 0 ? `conn:${res.error}` : res.status);
    if (res.status >= 500 && res.status !== 503)
      violation(this.check, `a ${res.status}: ${JSON.stringify(res.body)}`);
    if (
      res.status === 503 &&
      !res.retryAfter &&
      res.body?.error?.name !== 'ServiceUnavailableError'
    ) {
      violation(
        this.check,
        `a 503 that is neither a ServiceUnavailableError nor has Retry-After: ${JSON.stringify(
          res.body,
        )}`,
      );
    }
    if (res.status === 404 && res.empty)
      violation(
        this.check,
        'a bare 404 with an empty body (the start-up window)',
      );
  }
}

/** A client following the README: retry 503 (after Retry-After), 502/504 and connection errors, same key. */
async function keyed(
  tally,
  backend,
  who,
  method,
  path,
  body,
  key,
  deadlineMs = 180_000,
) {
  const end = Date.now() + deadlineMs;
  for (let attempt = 0; ; attempt++) {
    const res = await call(backend(), who, method, path, body, key);
    tally.note(res);
    if (!RETRYABLE.has(res.status) || aborting) return res;
    if (Date.now() > end) {
      violation(
        tally.check,
        `${method} ${path} (key ${key}) unanswered after ${
          deadlineMs / 1000
        } s: last ${res.status || res.error}`,
      );
      return res;
    }
    tally.retries += 1;
    const wait =
      res.status === 503 && res.retryAfter
        ? Number(res.retryAfter) * 1000
        : 100 + Math.random() * 200;
    await sleep(Math.min(wait, 2000));
  }
}

/** Watches a backend start: a probe every 100 ms (health and an authenticated read) until the read answers 200. */
async function watchStartup(tally, backend, deadlineMs = 120_000) {
  const t0 = backend.startedAt;
  let up = false;
  let listening = null;
  const probes = [];
  while (!up) {
    if (!children.has(backend.child)) {
      violation(
        tally.check,
        `${backend.name} exited while starting\n${backend.tail()}`,
      );
      throw new Error(
        `${backend.name} exited while starting; see ${backend.log}`,
      );
    }
    if (Date.now() - t0 > deadlineMs) {
      violation(
        tally.check,
        `${backend.name} did not start within ${
          deadlineMs / 1000
        } s\n${backend.tail()}`,
      );
      throw new Error(`${backend.name} did not start`);
    }
    const probe = async (who, path) => {
      const res = who
        ? await call(backend, who, 'GET', path)
        : await fetch(`${backend.api}${path}`, {
            signal: AbortSignal.timeout(30_000),
          }).then(
            async r => ({
              status: r.status,
              body: await r
                .text()
                .then(t => (t ? JSON.parse(t) : null))
                .catch(() => null),
              empty: false,
              retryAfter: r.headers.get('retry-after'),
            }),
            e => ({ status: 0, error: e.cause?.code ?? e.name }),
          );
      tally.note(res);
      if (res.status !== 0 && listening === null) listening = Date.now() - t0;
      if (res.status === 200 && who) up = true;
    };
    probes.push(probe(null, '/health'), probe('cm', '/tasks?limit=1'));
    await sleep(100);
  }
  await Promise.all(probes);
  return { upMs: Date.now() - t0, firstAnswerMs: listening };
}

// ---------------------------------------------------------------------------
// Database: the plugin's database of this run, and the log replayed against it.

let admin;
function pluginDb() {
  const url = new URL(PG);
  url.pathname = `/${PREFIX}agent-coordination`;
  return knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 0, max: 4 },
  });
}
async function cleanupDatabases() {
  if (!admin) return;
  try {
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ?',
      [`${PREFIX}%`],
    );
    for (const { datname } of rows)
      await admin.raw('drop database if exists ?? with (force)', [datname]);
  } catch (error) {
    console.error(
      `could not drop the run's databases (${PREFIX}*): ${error.message}`,
    );
  }
}

let checkLogAgainstState;
async function checkLog(check) {
  if (!checkLogAgainstState) {
    require('sucrase/register');
    ({ checkLogAgainstState } = require('./verify.ts'));
  }
  const db = pluginDb();
  try {
    const result = await checkLogAgainstState(db);
    console.log(
      `  log vs state: ${plural(result.tasks, 'task')}, ${plural(
        result.conflicts,
        'conflict',
      )}, ${plural(result.events, 'event')}; ` +
        `half-applied or unreplayable: ${result.problems.length}`,
    );
    for (const p of result.problems.slice(0, 10)) violation(check, p);
    return result;
  } finally {
    await db.destroy();
  }
}

// ---------------------------------------------------------------------------
// Checks

function printStartup(label, tally, times) {
  console.log(
    `  ${label}: listening after ${
      times.firstAnswerMs ?? '?'
    } ms, answering after ${times.upMs} ms`,
  );
}

async function startupCheck(a) {
  console.log(
    '\n[startup] requests to the plugin while a backend starts: held or 503 with Retry-After, never a 404',
  );
  const tally = new Tally('startup');
  a.start();
  const times = await watchStartup(tally, a);
  printStartup(`${a.name}, first start (migrations)`, tally, times);
  await a.kill9();
  a.start();
  const again = await watchStartup(tally, a);
  printStartup(`${a.name}, restart after kill -9`, tally, again);
  console.log(
    `  ${tally.attempts} probes; statuses seen while starting: ${countsText(
      tally.statuses,
    )}`,
  );
  const fours = tally.statuses.get(404) ?? 0;
  if (fours)
    violation('startup', `${fours} answers were 404 while the backend started`);
  return tally;
}

async function killCheck(a) {
  console.log(
    `\n[kill -9] ${
      SIZE.clients
    } clients drive tasks and conflicts with keyed requests; ${plural(
      SIZE.kills,
      'kill',
    )} of the backend`,
  );
  const tally = new Tally('kill -9');
  const startTally = new Tally('kill -9 (start-up)');
  if (!a.child || !children.has(a.child)) {
    a.start();
    await watchStartup(startTally, a);
  }
  const sent = []; // every keyed operation with its first answer
  let stop = false;
  const target = () => a;
  const expectOk = (res, want, what) => {
    if (res.status !== want)
      violation(
        'kill -9',
        `${what}: ${res.status} ${JSON.stringify(res.body)}`,
      );
    return res.status === want;
  };
  const op = async (who, method, path, body, key, want) => {
    const res = await keyed(tally, target, who, method, path, body, key);
    sent.push({
      who,
      method,
      path,
      body,
      key,
      first: { status: res.status, body: res.body },
    });
    return expectOk(res, want, `${method} ${path} (${key})`) ? res.body : null;
  };

  async function client(i) {
    for (let j = 0; !stop && !aborting; j++) {
      const k = `${RUN}-c${i}-t${j}`;
      const created = await op(
        'cm',
        'POST',
        '/tasks',
        { title: k, kind: 'general', assignee: 'context_manager' },
        `${k}-create`,
        201,
      );
      let task = created?.task;
      for (const to of ['ASSIGNED', 'IN_PROGRESS', 'REVIEW', 'COMPLETED']) {
        if (!task) break;
        const moved = await op(
          'cm',
          'POST',
          `/tasks/${task.id}/transitions`,
          { to, version: task.version },
          `${k}-${to}`,
          200,
        );
        task = moved?.task;
      }
      if (j % 2 === 0) {
        let conflict = await op(
          'cm',
          'POST',
          '/conflicts',
          {
            type: 'technical',
            category: 'security',
            title: `${k}-conflict`,
            parties: ['security_specialist', 'api_developer'],
          },
          `${k}-open`,
          201,
        );
        if (conflict) {
          conflict = await op(
            'api',
            'POST',
            `/conflicts/${conflict.id}/votes`,
            { position: 'Close it', version: conflict.version },
            `${k}-vote`,
            200,
          );
        }
        if (conflict) {
          await op(
            'sec',
            'POST',
            `/conflicts/${conflict.id}/resolution`,
            {
              decision: 'Close it',
              rationale: 'Baseline',
              version: conflict.version,
            },
            `${k}-resolve`,
            200,
          );
        }
      }
    }
  }

  const t0 = Date.now();
  const clients = Array.from({ length: SIZE.clients }, (_, i) => client(i));
  const restarts = [];
  for (let n = 0; n < SIZE.kills; n++) {
    await sleep(SIZE.loadMs);
    const before = sent.length;
    await a.kill9();
    a.start();
    const times = await watchStartup(startTally, a);
    restarts.push({ ...times, answeredBefore: before });
  }
  await sleep(SIZE.loadMs / 2);
  stop = true;
  await Promise.all(clients);
  const elapsed = Date.now() - t0;

  // Every key once more: the answer must be the first one, byte for byte as JSON.
  let replayMismatches = 0;
  const replayTally = new Tally('kill -9 (replays)');
  for (let i = 0; i < sent.length; i += 16) {
    await Promise.all(
      sent.slice(i, i + 16).map(async s => {
        const res = await keyed(
          replayTally,
          target,
          s.who,
          s.method,
          s.path,
          s.body,
          s.key,
        );
        if (
          res.status !== s.first.status ||
          !isDeepStrictEqual(res.body, s.first.body)
        ) {
          replayMismatches += 1;
          if (replayMismatches <= 5) {
            violation(
              'kill -9',
              `retry of ${s.key} answered ${res.status} ${JSON.stringify(
                res.body,
              )}; first answer ${s.first.status} ${JSON.stringify(
                s.first.body,
              )}`,
            );
          }
        }
      }),
    );
  }
  if (replayMismatches > 5)
    violation(
      'kill -9',
      `${replayMismatches} retries answered differently from their first answer`,
    );

  const db = pluginDb();
  let duplicates;
  let created;
  try {
    const dupTasks = await db('coordination_tasks')
      .where('title', 'like', `${RUN}-%`)
      .groupBy('title')
      .havingRaw('count(*) > 1')
      .select('title');
    const dupConflicts = await db('coordination_conflicts')
      .where('title', 'like', `${RUN}-%`)
      .groupBy('title')
      .havingRaw('count(*) > 1')
      .select('title');
    duplicates = dupTasks.length + dupConflicts.length;
    const [{ n: taskRows }] = await db('coordination_tasks')
      .where('title', 'like', `${RUN}-c%`)
      .count({ n: '*' });
    const [{ n: conflictRows }] = await db('coordination_conflicts')
      .where('title', 'like', `${RUN}-c%`)
      .count({ n: '*' });
    created = { tasks: Number(taskRows), conflicts: Number(conflictRows) };
  } finally {
    await db.destroy();
  }
  const keysOf = suffix =>
    sent.filter(s => s.key.endsWith(suffix) && s.first.status === 201).length;
  const creates = keysOf('-create');
  const opens = keysOf('-open');

  console.log(
    `  ${elapsed} ms of load; ${sent.length} keyed operations (${creates} task creates, ${opens} conflict opens), ${tally.attempts} requests, ${tally.retries} retries`,
  );
  restarts.forEach((r, i) =>
    console.log(
      `  kill ${i + 1} after ${
        r.answeredBefore
      } answered operations: listening again after ${
        r.firstAnswerMs ?? '?'
      } ms, answering after ${r.upMs} ms`,
    ),
  );
  console.log(`  statuses seen by the clients: ${countsText(tally.statuses)}`);
  console.log(
    `  statuses seen by the start-up probes: ${countsText(
      startTally.statuses,
    )}`,
  );
  console.log(
    `  replayed every key: ${sent.length} answers, ${replayMismatches} different from the first`,
  );
  console.log(
    `  rows: ${created.tasks} tasks for ${creates} create keys, ${created.conflicts} conflicts for ${opens} open keys; duplicates: ${duplicates}`,
  );
  if (duplicates)
    violation('kill -9', `${duplicates} titles were created more than once`);
  if (created.tasks !== creates)
    violation(
      'kill -9',
      `${created.tasks} task rows for ${creates} answered creates`,
    );
  if (created.conflicts !== opens)
    violation(
      'kill -9',
      `${created.conflicts} conflict rows for ${opens} answered opens`,
    );
  if (startTally.statuses.get(404))
    violation('kill -9', 'a 404 while the backend restarted');
  await checkLog('kill -9');
}

async function raceCheck(a, b) {
  console.log(
    `\n[replicas] two replicas race on ${SIZE.raceTasks} tasks for ${SIZE.raceMs} ms, ${SIZE.raceWorkers} writers on each`,
  );
  const tally = new Tally('replicas');
  for (const r of [a, b]) {
    if (!r.child || !children.has(r.child)) {
      r.start();
      await watchStartup(new Tally('replicas (start-up)'), r);
    }
  }
  const must = async (backend, who, method, path, body, want) => {
    const res = await keyed(tally, () => backend, who, method, path, body);
    if (res.status !== want)
      throw new Error(
        `${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`,
      );
    return res.body;
  };
  const walk = async (backend, task, states) => {
    for (const to of states)
      task = (
        await must(
          backend,
          'cm',
          'POST',
          `/tasks/${task.id}/transitions`,
          { to, version: task.version },
          200,
        )
      ).task;
    return task;
  };

  // Lost updates: every 200 is one version; the versions the winners were given are distinct and add up.
  const tasks = [];
  for (let i = 0; i < SIZE.raceTasks; i++) {
    const { task } = await must(
      a,
      'cm',
      'POST',
      '/tasks',
      {
        title: `${RUN}-race-${i}`,
        kind: 'general',
        assignee: 'context_manager',
      },
      201,
    );
    tasks.push(await walk(i % 2 ? b : a, task, ['ASSIGNED', 'IN_PROGRESS']));
  }
  const start = new Map(tasks.map(t => [t.id, t.version]));
  const wins = new Map(tasks.map(t => [t.id, []]));
  let losers = 0;
  let badLosers = 0;
  let unavailable = 0;
  const end = Date.now() + SIZE.raceMs;
  const writer = async backend => {
    while (Date.now() < end) {
      const pick = tasks[Math.floor(Math.random() * tasks.length)];
      const read = await call(backend, 'cm', 'GET', `/tasks/${pick.id}`);
      tally.note(read);
      if (read.status !== 200) continue;
      const current = read.body;
      const patch = Math.random() < 0.5;
      const res = patch
        ? await call(backend, 'cm', 'PATCH', `/tasks/${pick.id}`, {
            version: current.version,
            description: `${backend.name} ${Date.now()}`,
          })
        : await call(backend, 'cm', 'POST', `/tasks/${pick.id}/transitions`, {
            to: current.state === 'REVIEW' ? 'IN_PROGRESS' : 'REVIEW',
            version: current.version,
          });
      tally.note(res);
      if (res.status === 200) wins.get(pick.id).push(res.body.task.version);
      else if (res.status === 409) {
        losers += 1;
        const now = res.body?.task;
        if (!now || now.id !== pick.id || !(now.version > current.version)) {
          badLosers += 1;
          if (badLosers <= 3)
            violation(
              'replicas',
              `a 409 without the current task: ${JSON.stringify(res.body)}`,
            );
        }
      } else if (res.status === 503) unavailable += 1;
      else if (res.status !== 0)
        violation(
          'replicas',
          `${patch ? 'PATCH' : 'transition'} answered ${
            res.status
          } ${JSON.stringify(res.body)}`,
        );
    }
  };
  await Promise.all(
    [...Array(SIZE.raceWorkers)].flatMap(() => [writer(a), writer(b)]),
  );
  let lost = 0;
  let phantom = 0;
  let duplicateVersions = 0;
  let writes = 0;
  for (const t of tasks) {
    const now = await must(a, 'cm', 'GET', `/tasks/${t.id}`, undefined, 200);
    const won = wins.get(t.id);
    writes += won.length;
    const delta = now.version - start.get(t.id);
    if (delta < won.length) lost += won.length - delta;
    if (delta > won.length) phantom += delta - won.length;
    duplicateVersions += won.length - new Set(won).size;
  }
  console.log(
    `  ${writes} writes answered 200, ${losers} answered 409 (stale version, with the current task: ${
      losers - badLosers
    }), ${unavailable} answered 503`,
  );
  console.log(
    `  lost updates: ${lost}; writes no answer accounts for: ${phantom}; two winners given the same version: ${duplicateVersions}`,
  );
  if (lost) violation('replicas', `${lost} lost updates`);
  if (phantom)
    violation('replicas', `${phantom} versions that no 200 answered`);
  if (duplicateVersions)
    violation('replicas', `${duplicateVersions} versions given to two winners`);

  // Conflicts: the authority resolves the same conflict through both replicas at once.
  let resolved = 0;
  let resolveLosers = 0;
  for (let i = 0; i < SIZE.raceConflicts; i++) {
    const conflict = await must(
      a,
      'cm',
      'POST',
      '/conflicts',
      {
        type: 'technical',
        category: 'security',
        title: `${RUN}-race-conflict-${i}`,
        parties: ['security_specialist', 'api_developer'],
      },
      201,
    );
    const answers = await Promise.all(
      [a, b].map(async r => {
        const res = await call(
          r,
          'sec',
          'POST',
          `/conflicts/${conflict.id}/resolution`,
          {
            decision: `via ${r.name}`,
            rationale: 'race',
            version: conflict.version,
          },
        );
        tally.note(res);
        return res;
      }),
    );
    const ok = answers.filter(r => r.status === 200);
    const lostRace = answers.filter(
      r =>
        r.status === 409 &&
        r.body?.conflict?.id === conflict.id &&
        r.body.conflict.status === 'resolved',
    );
    resolved += ok.length;
    resolveLosers += lostRace.length;
    if (ok.length !== 1 || lostRace.length !== 1) {
      violation(
        'replicas',
        `conflict ${conflict.id} resolved through both replicas: ${answers
          .map(r => `${r.status} ${JSON.stringify(r.body)}`)
          .join(' / ')}`,
      );
    }
  }
  console.log(
    `  ${SIZE.raceConflicts} conflicts resolved through both replicas at once: ${resolved} decisions, ${resolveLosers} losers answered 409 with the resolved conflict`,
  );

  // Dependents: a dependent starts on one replica while its blocker completes on the other.
  const pairs = [];
  for (let i = 0; i < SIZE.racePairs; i++) {
    const blocker = (
      await must(
        a,
        'cm',
        'POST',
        '/tasks',
        {
          title: `${RUN}-blocker-${i}`,
          kind: 'infrastructure_changes',
          assignee: 'context_manager',
        },
        201,
      )
    ).task;
    const dependent = (
      await must(
        a,
        'cm',
        'POST',
        '/tasks',
        {
          title: `${RUN}-dependent-${i}`,
          kind: 'api_development',
          assignee: 'context_manager',
          dependencies: [{ taskId: blocker.id }],
        },
        201,
      )
    ).task;
    pairs.push({
      blocker: await walk(b, blocker, ['ASSIGNED', 'IN_PROGRESS', 'REVIEW']),
      dependent: await walk(a, dependent, ['ASSIGNED']),
    });
  }
  const moves = new Map();
  await Promise.all(
    pairs.flatMap(({ blocker, dependent }) => [
      call(a, 'cm', 'POST', `/tasks/${dependent.id}/transitions`, {
        to: 'IN_PROGRESS',
        version: dependent.version,
      }).then(r => {
        tally.note(r);
        bump(
          moves,
          `start ${r.status}${r.body?.task ? ` ${r.body.task.state}` : ''}`,
        );
      }),
      call(b, 'cm', 'POST', `/tasks/${blocker.id}/transitions`, {
        to: 'COMPLETED',
        version: blocker.version,
      }).then(r => {
        tally.note(r);
        bump(moves, `complete ${r.status}`);
      }),
    ]),
  );
  let stuck = 0;
  for (const { dependent } of pairs) {
    const now = await must(
      b,
      'cm',
      'GET',
      `/tasks/${dependent.id}`,
      undefined,
      200,
    );
    if (now.state === 'BLOCKED') stuck += 1;
  }
  console.log(
    `  ${SIZE.racePairs} dependents started on ${
      a.name
    } while their blockers completed on ${b.name}: ${countsText(
      moves,
    )}; stuck BLOCKED: ${stuck}`,
  );
  if (stuck)
    violation(
      'replicas',
      `${stuck} dependents stuck BLOCKED after their blocker completed`,
    );
  console.log(`  statuses: ${countsText(tally.statuses)}`);
  await checkLog('replicas');
}

async function signalsCheck(a, b) {
  console.log(
    `\n[signals] a board connected to one replica hears changes made through the other (channel agent-coordination:tasks)`,
  );
  const tally = new Tally('signals');
  for (const r of [a, b]) {
    if (!r.child || !children.has(r.child)) {
      r.start();
      await watchStartup(new Tally('signals (start-up)'), r);
    }
  }
  const guestToken = async r => {
    const res = await fetch(
      `${r.base}/api/auth/guest/refresh?env=development`,
      { headers: { 'x-requested-with': 'XMLHttpRequest' } },
    );
    if (!res.ok)
      throw new Error(
        `guest sign-in on ${r.name}: ${res.status} ${await res.text()}`,
      );
    return (await res.json()).backstageIdentity.token;
  };
  const connect = async r => {
    const token = await guestToken(r);
    for (let attempt = 0; attempt < 30; attempt++) {
      const ws = new WebSocket(`ws://127.0.0.1:${r.port}/api/signals`, token);
      const opened = await new Promise(resolve => {
        ws.once('open', () => resolve(true));
        ws.once('error', () => resolve(false));
        ws.once('unexpected-response', () => resolve(false));
        // The signals backend starts listening for upgrades on the first one it
        // sees, which itself is never answered: give up on it and connect again.
        setTimeout(() => resolve(false), 2000);
      });
      if (opened) {
        ws.send(
          JSON.stringify({
            action: 'subscribe',
            channel: 'agent-coordination:tasks',
          }),
        );
        const heard = [];
        ws.on('message', data => {
          const msg = JSON.parse(data.toString());
          if (msg.channel === 'agent-coordination:tasks')
            heard.push({ at: Date.now(), ...msg.message });
        });
        return { ws, heard };
      }
      ws.terminate();
      await sleep(200);
    }
    throw new Error(`could not open a signals connection to ${r.name}`);
  };
  const boards = { [a.name]: await connect(a), [b.name]: await connect(b) };
  const heardOn = (board, id, type) =>
    board.heard.find(m => m.taskId === id && m.type === type);
  const waitHeard = async (board, id, type, ms) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const m = heardOn(board, id, type);
      if (m) return m;
      await sleep(25);
    }
    return null;
  };
  // The event bus subscriptions are made while the backends start; give them up to 30 s to carry the first message.
  let warmMs = null;
  const warmStart = Date.now();
  while (Date.now() - warmStart < 30_000 && warmMs === null) {
    const { task } =
      (
        await keyed(tally, () => b, 'cm', 'POST', '/tasks', {
          title: `${RUN}-signal-warm`,
          kind: 'general',
        })
      ).body ?? {};
    if (
      task &&
      (await waitHeard(boards[a.name], task.id, 'task.created', 2000))
    )
      warmMs = Date.now() - warmStart;
  }
  if (warmMs === null)
    violation(
      'signals',
      `the board on ${a.name} heard nothing of tasks created through ${b.name} in 30 s`,
    );
  const latencies = [];
  let missed = 0;
  const rounds = FULL ? 20 : 5;
  for (let i = 0; i < rounds && warmMs !== null; i++) {
    const [from, to] = i % 2 ? [a, b] : [b, a];
    const sentAt = Date.now();
    const res = await keyed(tally, () => from, 'cm', 'POST', '/tasks', {
      title: `${RUN}-signal-${i}`,
      kind: 'general',
    });
    const { task } = res.body ?? {};
    const moved =
      task &&
      (await keyed(
        tally,
        () => from,
        'cm',
        'POST',
        `/tasks/${task.id}/transitions`,
        { to: 'FAILED', version: task.version, reason: 'signal check' },
      ));
    for (const type of ['task.created', 'task.transitioned']) {
      const m = task && (await waitHeard(boards[to.name], task.id, type, 5000));
      if (m) latencies.push(m.at - sentAt);
      else {
        missed += 1;
        violation(
          'signals',
          `${to.name}'s board did not hear ${type} of a task changed through ${from.name} within 5 s (transition ${moved?.status})`,
        );
      }
    }
  }
  for (const board of Object.values(boards)) board.ws.terminate();
  latencies.sort((x, y) => x - y);
  console.log(
    `  first message across replicas after ${warmMs ?? '—'} ms; then ${
      latencies.length
    } of ${latencies.length + missed} heard on the other replica, ` +
      `latency median ${
        latencies[Math.floor(latencies.length / 2)] ?? '—'
      } ms, max ${latencies.at(-1) ?? '—'} ms`,
  );
}

async function memoryCheck() {
  console.log(
    `\n[memory] backend RSS and heap idle, then after ${SIZE.memoryTasks} tasks, each after a full GC ` +
      `(bounds: idle + ${RSS_BOUND_MB} MB RSS, + ${HEAP_BOUND_MB} MB heap in use)`,
  );
  const tally = new Tally('memory');
  const m = new Backend('memory', await freePort());
  const file = join(TMP, 'memory.json');
  m.start({
    nodeArgs: ['--expose-gc'],
    env: { RELIABILITY_MEMORY_FILE: file },
  });
  await watchStartup(new Tally('memory (start-up)'), m);
  // Warm-up: the code paths the load takes, compiled and cached, before the idle figure.
  for (let i = 0; i < 50; i++) {
    tally.note(
      await call(
        m,
        'cm',
        'POST',
        '/tasks',
        { title: `${RUN}-warm-${i}`, kind: 'general' },
        `${RUN}-warm-${i}`,
      ),
    );
    tally.note(await call(m, 'cm', 'GET', '/tasks?limit=20'));
  }
  await sleep(2000);
  const idle = await m.collectedMb(file);
  const t0 = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < SIZE.memoryTasks) {
      const i = next++;
      const res = await keyed(
        tally,
        () => m,
        'cm',
        'POST',
        '/tasks',
        {
          title: `${RUN}-mem-${i}`,
          kind: 'general',
          assignee: 'context_manager',
        },
        `${RUN}-mem-${i}`,
      );
      if (res.status !== 201)
        violation('memory', `create answered ${res.status}`);
    }
  };
  let peak = m.rssMb();
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, m.rssMb());
    } catch {
      /* exited */
    }
  }, 250);
  await Promise.all([...Array(16)].map(worker));
  const elapsed = Date.now() - t0;
  clearInterval(sampler);
  await sleep(2000);
  const after = await m.collectedMb(file);
  await m.stop();
  const mb = x => `${x.toFixed(0)} MB`;
  console.log(
    `  ${SIZE.memoryTasks} keyed creates in ${elapsed} ms (${(
      (SIZE.memoryTasks / elapsed) *
      1000
    ).toFixed(0)}/s); peak RSS under load ${mb(peak)}`,
  );
  const figures = x =>
    `RSS ${mb(x.rss)}, heap used ${mb(x.heapUsed)} of ${mb(
      x.heapTotal,
    )}, external ${mb(x.external)}`;
  console.log(`  idle:  ${figures(idle)}`);
  console.log(`  after: ${figures(after)}`);
  const rssGrowth = after.rss - idle.rss;
  const heapGrowth = after.heapUsed - idle.heapUsed;
  console.log(
    `  growth: RSS ${mb(rssGrowth)} (bound ${RSS_BOUND_MB} MB), heap used ${mb(
      heapGrowth,
    )} (bound ${HEAP_BOUND_MB} MB)`,
  );
  console.log(`  statuses: ${countsText(tally.statuses)}`);
  if (rssGrowth > RSS_BOUND_MB) {
    violation(
      'memory',
      `RSS grew ${mb(rssGrowth)}, more than ${RSS_BOUND_MB} MB`,
    );
  }
  if (heapGrowth > HEAP_BOUND_MB) {
    violation(
      'memory',
      `heap in use grew ${mb(heapGrowth)}, more than ${HEAP_BOUND_MB} MB`,
    );
  }
}

// ---------------------------------------------------------------------------

async function main() {
  admin = knexFactory({
    client: 'pg',
    connection: PG,
    pool: { min: 0, max: 2 },
    acquireConnectionTimeout: 5000,
  });
  try {
    await admin.raw('select 1');
  } catch (error) {
    await admin.destroy();
    admin = undefined;
    const message = `PostgreSQL at ${PG} is not reachable (${error.message})`;
    if (process.env.CI === 'true') {
      console.error(`FAIL: ${message}; the reliability suite needs it in CI`);
      process.exit(1);
    }
    console.log(`skipped: ${message} (under CI=true this fails)`);
    return;
  }
  mkdirSync(TMP, { recursive: true });
  mkdirSync(LOGS, { recursive: true });
  const t0 = Date.now();
  console.log(
    `reliability suite, ${FULL ? 'full' : 'bounded'} form${
      WITHOUT_GATE ? ', WITHOUT the start-up gate' : ''
    }${WITHOUT_EVENTS ? ', WITHOUT the events backend' : ''}; ` +
      `databases ${PREFIX}*, backend logs in ${LOGS}`,
  );
  // A hung check must not hang CI: past this the run fails and its processes are killed.
  const limitMs = (FULL ? 30 : 10) * 60_000;
  const guard = setTimeout(() => {
    console.error(
      `FAIL: the reliability suite ran longer than ${limitMs / 60_000} minutes`,
    );
    killAll();
    cleanupDatabases().finally(() => {
      rmSync(TMP, { recursive: true, force: true });
      process.exit(1);
    });
  }, limitMs);
  guard.unref();
  const a = new Backend('replica-a', await freePort());
  const b = new Backend('replica-b', await freePort());
  try {
    if (runs('startup')) await startupCheck(a);
    if (runs('kill')) await killCheck(a);
    if (runs('race')) await raceCheck(a, b);
    if (runs('signals')) await signalsCheck(a, b);
    await Promise.all([a.stop(), b.stop()]);
    if (runs('memory')) await memoryCheck();
  } catch (error) {
    aborting = true;
    violation('suite', error.stack ?? String(error));
    for (const r of [a, b])
      if (r.starts)
        console.log(`--- last lines of ${r.name}'s log\n${r.tail()}`);
  } finally {
    killAll();
    await cleanupDatabases();
    await admin.destroy();
    rmSync(TMP, { recursive: true, force: true });
  }
  const total = [...violations.values()].reduce((n, c) => n + c, 0);
  console.log(
    `\nreliability: ${
      total === 0 ? 'passed' : `FAILED, ${plural(total, 'violation')}`
    } in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  for (const [v, n] of violations)
    console.log(`  - ${v.split('\n')[0]}${n > 1 ? ` (×${n})` : ''}`);
  // Nothing is left to wait for: a client still retrying after a failure must not keep the run alive.
  process.exit(total ? 1 : 0);
}

main().catch(error => {
  console.error(error);
  killAll();
  process.exit(1);
});
