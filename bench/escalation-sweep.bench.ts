/*
 * Benchmarks for the conflict SLA sweep (framework §4). Not a test: it prints
 * figures and whether the targets hold, and exits 0 whatever they are.
 *
 *   yarn bench:sweep      (= node -r sucrase/register bench/escalation-sweep.bench.ts)
 *
 * Needs PostgreSQL: BENCH_PG (default postgresql://postgres@127.0.0.1:5432).
 * On a fresh database, migrated by the plugin's migrations:
 *
 * 1. Sweep time. BENCH_OPEN (default 100,000) open conflicts, spread over the
 *    next days; in each round BENCH_DUE (default 10) of them are made due,
 *    then one sweep (the query and the escalation of each due conflict, each
 *    in its own transaction with its event) is timed. Then the sweep's query
 *    alone, with its (status, due_at, id) index and, in the same run, with the
 *    index dropped. Target: one sweep <= 50 ms.
 * 2. Exactly once. BENCH_OVERDUE (default 1,000) conflicts past their
 *    deadline; two separate processes (two backend replicas: their own
 *    connection pools and ChangeRunners) sweep at the same moment. Counts the
 *    escalation events per conflict and prints escalations, duplicates and
 *    misses. Target: 0 duplicates, 0 misses.
 */
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { ConfigReader } from '@backstage/config';
import { spawn } from 'child_process';
import knexFactory, { type Knex } from 'knex';
import { performance } from 'perf_hooks';
import { sweepEscalations } from '../plugins/agent-coordination-backend/src/conflicts/jobs/escalationSweep';
import { CONFLICTS } from '../plugins/agent-coordination-backend/src/conflicts/store/tables';
import { ChangeAnnouncer } from '../plugins/agent-coordination-backend/src/platform/changes/ChangeAnnouncer';
import { ChangeRunner } from '../plugins/agent-coordination-backend/src/platform/changes/ChangeRunner';
import { migrationsDirectory } from '../plugins/agent-coordination-backend/src/platform/store/migrateDatabase';
import { EVENTS } from '../plugins/agent-coordination-backend/src/platform/store/tables';

const PG = process.env.BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const OPEN = Number(process.env.BENCH_OPEN ?? 100_000);
const DUE = Number(process.env.BENCH_DUE ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const OVERDUE = Number(process.env.BENCH_OVERDUE ?? 1_000);
const TARGET_MS = 50;
const HOUR = 3600_000;
const { framework } = loadFramework(new ConfigReader({}));

function databaseUrl(name: string) {
  const url = new URL(PG);
  url.pathname = `/${name}`;
  return url.toString();
}

const connect = (name: string, max = 5) => knexFactory({ client: 'pg', connection: databaseUrl(name), pool: { min: 0, max } });

function conflictRow(i: number, openedAt: Date, deadlineAt: Date) {
  return {
    id: `c-${String(i).padStart(7, '0')}`,
    type: 'technical',
    category: 'code_merge',
    title: `conflict ${i}`,
    description: null,
    status: 'open',
    level: 'L1',
    authority: 'parties_consensus',
    parties: '["network_engineer","api_developer"]',
    subject: '{"tasks":[],"components":[],"paths":[]}',
    blocks: '[]',
    primary_owners: '[]',
    votes: '[]',
    resolution: null,
    opened_at: openedAt.toISOString(),
    level_entered_at: openedAt.toISOString(),
    deadline_at: deadlineAt.toISOString(),
    breached_at: null,
    due_at: deadlineAt.toISOString(),
    change_set: null,
    version: 1,
    created_by: 'user:default/bench',
    created_at: openedAt.toISOString(),
    updated_at: openedAt.toISOString(),
  };
}

async function insertMany(db: Knex, rows: object[]) {
  for (let i = 0; i < rows.length; i += 1000) await db(CONFLICTS).insert(rows.slice(i, i + 1000));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function freshDatabase(admin: Knex, name: string): Promise<Knex> {
  await admin.raw('DROP DATABASE IF EXISTS ??', [name]);
  await admin.raw('CREATE DATABASE ??', [name]);
  const db = connect(name);
  await db.migrate.latest({ directory: migrationsDirectory() });
  return db;
}

async function sweepTime(admin: Knex, name: string) {
  const db = await freshDatabase(admin, name);
  try {
    const now = Date.now();
    // Open conflicts due between one hour and a week from now: none due yet.
    const rows = Array.from({ length: OPEN }, (_, i) => {
      const opened = new Date(now - ((i * 7919) % (4 * HOUR)));
      return conflictRow(i, opened, new Date(now + HOUR + ((i * 104729) % (7 * 24 * HOUR))));
    });
    const started = performance.now();
    await insertMany(db, rows);
    await db.raw('ANALYZE ??', [CONFLICTS]);
    console.log(`seeded ${OPEN.toLocaleString('en')} open conflicts in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const runner = new ChangeRunner({ db, announcer: new ChangeAnnouncer() });
    const sweeps: number[] = [];
    const empty: number[] = [];
    const nowDate = () => new Date();
    // Warm-up: the pool, the JIT and the plan cache.
    for (let i = 0; i < 5; i++) await sweepEscalations(runner, framework, nowDate());
    for (let round = 0; round < ROUNDS; round++) {
      const ids = Array.from({ length: DUE }, (_, k) => rows[(round * DUE + k) * 37 % OPEN].id);
      // Past due at L1 (and not escalated by an earlier round: those are at L2, later, and stay out).
      await db(CONFLICTS).whereIn('id', ids).update({ level: 'L1', due_at: new Date(Date.now() - 1000).toISOString() });
      let t = performance.now();
      const r = await sweepEscalations(runner, framework, nowDate());
      sweeps.push(performance.now() - t);
      if (r.escalated !== DUE) throw new Error(`round ${round}: escalated ${r.escalated}, expected ${DUE}`);
      t = performance.now();
      await sweepEscalations(runner, framework, nowDate());
      empty.push(performance.now() - t);
    }

    const query = () =>
      db(CONFLICTS)
        .where('status', 'open')
        .where('due_at', '<=', new Date().toISOString())
        .orderBy([{ column: 'due_at', order: 'asc' }, { column: 'id', order: 'asc' }])
        .limit(500);
    const timeQuery = async () => {
      const xs: number[] = [];
      for (let i = 0; i < 5; i++) await query();
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        await query();
        xs.push(performance.now() - t);
      }
      return median(xs);
    };
    const plan = async () =>
      (await db.raw(`EXPLAIN ${query().toString()}`)).rows.map((r: any) => r['QUERY PLAN']).join(' / ');
    const indexed = await timeQuery();
    const indexedPlan = await plan();
    await db.raw('DROP INDEX coordination_conflicts_due_idx');
    await db.raw('ANALYZE ??', [CONFLICTS]);
    const bare = await timeQuery();
    const barePlan = await plan();
    await db.raw('CREATE INDEX coordination_conflicts_due_idx ON ?? (status, due_at, id)', [CONFLICTS]);

    console.log(`\n1. One SLA sweep over ${OPEN.toLocaleString('en')} open conflicts (median of ${ROUNDS} rounds)`);
    console.log(`   sweep with ${DUE} due (query + ${DUE} escalations in one transaction): ${ms(median(sweeps))}  (min ${ms(Math.min(...sweeps))}, max ${ms(Math.max(...sweeps))})`);
    console.log(`   sweep with none due (the usual minute):            ${ms(median(empty))}`);
    console.log(`   its query, with the (status, due_at, id) index:        ${ms(indexed)}   plan: ${indexedPlan}`);
    console.log(`   the same query without the index:                  ${ms(bare)}   plan: ${barePlan}`);
    console.log(`   target one sweep <= ${TARGET_MS} ms: ${median(sweeps) <= TARGET_MS ? 'met' : 'MISSED'}; the index makes the query ${(bare / indexed).toFixed(0)}x faster`);
  } finally {
    await db.destroy();
  }
}

/** One replica: waits for the start moment, sweeps once, prints its result as JSON. */
async function replica(name: string, startAt: number) {
  const db = connect(name);
  const runner = new ChangeRunner({ db, announcer: new ChangeAnnouncer() });
  await db.raw('select 1');
  await new Promise(r => setTimeout(r, Math.max(0, startAt - Date.now())));
  const result = await sweepEscalations(runner, framework, new Date());
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await db.destroy();
}

function runReplica(name: string, startAt: number): Promise<{ escalated: number; skipped: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'sucrase/register', __filename, '--replica', name, String(startAt)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', d => (out += d));
    child.on('exit', code => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`replica exited ${code}`))));
  });
}

async function exactlyOnce(admin: Knex, name: string) {
  const db = await freshDatabase(admin, name);
  try {
    const now = Date.now();
    await insertMany(db, Array.from({ length: OVERDUE }, (_, i) => conflictRow(i, new Date(now - 5 * HOUR), new Date(now - HOUR))));
    const startAt = Date.now() + 4000;
    const [a, b] = await Promise.all([runReplica(name, startAt), runReplica(name, startAt)]);
    const counts: Array<{ subject_id: string; n: string }> = await db(EVENTS)
      .where('type', 'conflict.escalated')
      .groupBy('subject_id')
      .select('subject_id')
      .count({ n: '*' });
    const duplicates = counts.filter(c => Number(c.n) > 1).length;
    const misses = OVERDUE - counts.length;
    console.log(`\n2. Two replicas (two processes) sweep ${OVERDUE.toLocaleString('en')} conflicts past their deadline at the same moment`);
    console.log(`   replica A escalated ${a.escalated} (lost ${a.skipped} to B), replica B ${b.escalated} (lost ${b.skipped} to A)`);
    console.log(`   escalations ${counts.length}, duplicates ${duplicates}, misses ${misses}: ${duplicates === 0 && misses === 0 ? 'met' : 'MISSED'}`);
  } finally {
    await db.destroy();
  }
}

async function main() {
  if (process.argv[2] === '--replica') {
    await replica(process.argv[3], Number(process.argv[4]));
    return;
  }
  const admin = knexFactory({ client: 'pg', connection: PG });
  const prefix = `bench_sweep_${Date.now().toString(36)}`;
  try {
    console.log(`PostgreSQL ${(await admin.raw('show server_version')).rows[0].server_version}, Node ${process.version}`);
    await sweepTime(admin, `${prefix}_time`);
    await exactlyOnce(admin, `${prefix}_once`);
  } finally {
    for (const suffix of ['time', 'once']) await admin.raw('DROP DATABASE IF EXISTS ??', [`${prefix}_${suffix}`]);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
