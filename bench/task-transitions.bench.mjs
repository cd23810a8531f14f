/*
 * Benchmark for POST /tasks/{id}/transitions. Not a test: it prints figures
 * and whether the targets hold, and exits 0 whatever they are.
 *
 *   node bench/task-transitions.bench.mjs      (or: yarn bench:transitions)
 *
 * Needs PostgreSQL: BENCH_PG (default postgresql://postgres@127.0.0.1:5432).
 * In one run it creates a fresh database, starts a real backend with the
 * plugin on it (bench/transitions-backend.ts, on 127.0.0.1), and a bare
 * express + knex server doing one UPDATE per request on the same database;
 * drives each with autocannon (64 connections, BENCH_SECONDS each, default
 * 21, in BENCH_ROUNDS alternating rounds, default 7) and compares the
 * medians of the per-round ratios. Targets: >= 60 % of the baseline's throughput, p99 at
 * most 3x the baseline's. There is one task per connection; a request
 * checks one out, moves it IN_PROGRESS -> REVIEW or back with the version
 * from its previous answer, and returns it with its response, so no two
 * requests race on a task and every request is a real write (a 409 would
 * mean a bug, and is reported).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import knexFactory from 'knex';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PG = process.env.BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 21);
// The machine is shared: the two servers take turns in short rounds, so a
// burst of someone else's load hits both rather than one.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
// Both servers get the JIT warm before any round counts.
const WARMUP_SECONDS = 5;
const CONNECTIONS = 64;
const TOKEN = randomBytes(24).toString('hex');
const PREFIX = `bench_${Date.now().toString(36)}_`;
const DB_NAME = `${PREFIX}agent-coordination`;

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

async function waitFor(url, deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${deadlineMs / 1000} s`);
}

function startBackend(port) {
  const config = join(tmpdir(), `${PREFIX}config.yaml`);
  // The plugin's database is `${prefix}agent-coordination`; Backstage creates it.
  writeFileSync(
    config,
    JSON.stringify({
      backend: {
        baseUrl: `http://127.0.0.1:${port}`,
        listen: { port, host: '127.0.0.1' },
        database: { client: 'pg', connection: PG, prefix: PREFIX },
        auth: { externalAccess: [{ type: 'static', options: { token: TOKEN, subject: 'bench-agent' } }] },
      },
      permission: { enabled: true },
      agentCoordination: { actors: [{ principal: 'bench-agent', agent: 'context_manager' }] },
    }),
  );
  const child = spawn(
    process.execPath,
    [
      // BENCH_PROFILE=dir writes a V8 CPU profile of the backend there (open it in Chrome DevTools).
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []),
      '-r',
      'sucrase/register',
      'bench/transitions-backend.ts',
      '--config',
      config,
    ],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return child;
}

async function api(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** One task per connection, assigned to the caller's own agent and walked to IN_PROGRESS. */
async function seedTasks(base) {
  const tasks = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    let { task } = await api(base, 'POST', '/tasks', { title: `bench ${i}`, kind: 'general', assignee: 'context_manager' });
    for (const to of ['ASSIGNED', 'IN_PROGRESS']) {
      ({ task } = await api(base, 'POST', `/tasks/${task.id}/transitions`, { to, version: task.version }));
    }
    tasks.push({ id: task.id, version: task.version, state: task.state });
  }
  return tasks;
}

/**
 * Drives `path(slot)` with POST bodies from `body(slot)`. A slot (one task) is
 * checked out by one connection from its request until its response, so no
 * two requests ever race on a task. (autocannon resets a connection's context
 * after every response, so a slot cannot simply live in the context.)
 */
const flip = state => (state === 'REVIEW' ? 'IN_PROGRESS' : 'REVIEW');

function drive(url, slots, path, duration) {
  // Requests cut off at the end of the previous run may have been applied
  // without their answer being read: callers refresh the slots first.
  const free = [...slots];
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest(req, ctx) {
          ctx.slot = free.shift();
          return { ...req, path: path(ctx.slot), body: JSON.stringify({ to: flip(ctx.slot.state), version: ctx.slot.version }) };
        },
        onResponse(status, resBody, ctx) {
          // A 409 carries the current row too: take its version and go on.
          if (status === 200 || status === 409) {
            const { task } = JSON.parse(resBody);
            ctx.slot.version = task.version;
            ctx.slot.state = task.state;
          }
          free.push(ctx.slot);
        },
      },
    ],
  });
}

function startBaseline(db, port) {
  const app = express();
  app.use(express.json());
  app.post('/rows/:id', async (req, res) => {
    const n = await db('bench_baseline')
      .where({ id: req.params.id, version: req.body.version })
      .update({ state: req.body.to, version: req.body.version + 1 });
    if (n === 1) {
      res.json({ task: { version: req.body.version + 1, state: req.body.to } });
    } else {
      res.status(409).json({ task: await db('bench_baseline').where({ id: req.params.id }).first('version', 'state') });
    }
  });
  return new Promise(resolve => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Lets requests that autocannon cut off at the end of a run finish on the server. */
const settle = () => new Promise(r => setTimeout(r, 300));

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const admin = knexFactory({ client: 'pg', connection: PG });
  const port = await freePort();
  const backend = startBackend(port);
  let db;
  let server;
  try {
    const base = `http://127.0.0.1:${port}/api/agent-coordination`;
    await waitFor(`${base}/health`, 120_000);
    const tasks = await seedTasks(base);
    const plugin = async duration => {
      await settle();
      for (const t of tasks) Object.assign(t, await api(base, 'GET', `/tasks/${t.id}`));
      return drive(`http://127.0.0.1:${port}`, tasks, t => `/api/agent-coordination/tasks/${t.id}/transitions`, duration);
    };

    // The baseline writes to the same database as the plugin, through its own pool.
    db = knexFactory({ client: 'pg', connection: databaseUrl(DB_NAME), pool: { min: 0, max: 10 } });
    await db.schema.createTable('bench_baseline', t => {
      t.string('id').primary();
      t.string('state').notNullable();
      t.integer('version').notNullable();
    });
    const rows = tasks.map((_, i) => ({ id: `row-${i}`, state: 'IN_PROGRESS', version: 1 }));
    await db('bench_baseline').insert(rows);
    const basePort = await freePort();
    server = await startBaseline(db, basePort);
    const baseline = async duration => {
      await settle();
      const current = new Map((await db('bench_baseline').select()).map(r => [r.id, r]));
      for (const r of rows) Object.assign(r, current.get(r.id));
      return drive(`http://127.0.0.1:${basePort}`, rows, r => `/rows/${r.id}`, duration);
    };

    // The Backstage floor: a route of the same backend that only authenticates and answers.
    const floorSlots = tasks.map((_, i) => ({ id: `floor-${i}`, state: 'IN_PROGRESS', version: 1 }));
    const floor = duration => drive(`http://127.0.0.1:${port}`, floorSlots, r => `/api/bench/rows/${r.id}`, duration);
    const servers = { plugin, floor, baseline };

    const roundSeconds = Math.max(1, Math.round(SECONDS / ROUNDS));
    console.log(
      `POST /tasks/{id}/transitions (plugin) vs express + knex, one UPDATE per request (baseline): ` +
        `${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${roundSeconds} s each, after ${WARMUP_SECONDS} s of warm-up each`,
    );
    for (const run of Object.values(servers)) await run(WARMUP_SECONDS);
    const names = Object.keys(servers);
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Each server goes first, middle and last in turn.
      const order = names.map((_, j) => names[(i + j) % names.length]);
      const round = {};
      for (const name of order) {
        const r = await servers[name](roundSeconds);
        round[name] = {
          rps: r.requests.average,
          p99: r.latency.p99,
          ok: r['2xx'],
          other: r.non2xx + r.errors + r.timeouts,
        };
      }
      rounds.push(round);
    }

    const pct = x => `${(x * 100).toFixed(1)} %`;
    console.log('\nreq/s (p99 ms)   plugin        Backstage floor   baseline      plugin/baseline  p99 ratio  plugin/floor');
    rounds.forEach((r, i) => {
      const cell = s => `${s.rps.toFixed(0)} (${s.p99})`.padEnd(14);
      console.log(
        `round ${i + 1}          ${cell(r.plugin)}${cell(r.floor)}    ${cell(r.baseline)}${pct(r.plugin.rps / r.baseline.rps).padStart(10)} ${(
          r.plugin.p99 / r.baseline.p99
        )
          .toFixed(2)
          .padStart(10)}x ${pct(r.plugin.rps / r.floor.rps).padStart(12)}`,
      );
    });
    const other = name => rounds.reduce((n, r) => n + r[name].other, 0);
    console.log(`requests that were not 2xx, all rounds: plugin ${other('plugin')}, floor ${other('floor')}, baseline ${other('baseline')}`);
    const ratio = median(rounds.map(r => r.plugin.rps / r.baseline.rps));
    const p99Ratio = median(rounds.map(r => r.plugin.p99 / r.baseline.p99));
    const floorRatio = median(rounds.map(r => r.floor.rps / r.baseline.rps));
    const ofFloor = median(rounds.map(r => r.plugin.rps / r.floor.rps));
    console.log(`\nthroughput: ${pct(ratio)} of baseline, median of rounds (target >= 60 %): ${ratio >= 0.6 ? 'PASS' : 'MISS'}`);
    console.log(`p99: ${p99Ratio.toFixed(2)}x baseline, median of rounds (target <= 3x): ${p99Ratio <= 3 ? 'PASS' : 'MISS'}`);
    console.log(`for reference: the Backstage floor is ${pct(floorRatio)} of baseline; the plugin is ${pct(ofFloor)} of the floor`);
  } finally {
    server?.close();
    backend.kill('SIGTERM');
    await new Promise(r => backend.once('exit', r));
    await db?.destroy();
    // Backstage made these databases; drop them so runs leave nothing behind.
    const { rows } = await admin.raw('select datname from pg_database where datname like ?', [`${PREFIX}%`]);
    for (const { datname } of rows) await admin.raw('drop database if exists ?? with (force)', [datname]);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
