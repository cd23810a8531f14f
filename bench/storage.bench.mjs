/*
 * What the plugin's tables grow by. Not a test: it prints bytes per row and
 * exits 0 (1 only when it could not measure).
 *
 *   node bench/storage.bench.mjs      (or: npm run bench:storage)
 *
 * Needs PostgreSQL: BENCH_PG (default postgresql://postgres@127.0.0.1:5432).
 * Starts the plugin's backend (bench/transitions-backend.ts) on a fresh
 * database, creates BENCH_TASKS tasks (default 2,000) through the API, each
 * with two labels and an Idempotency-Key, and walks each through
 * ASSIGNED -> IN_PROGRESS -> REVIEW -> COMPLETED, every request keyed: what a
 * finished task leaves behind. Then reads each table's size on disk,
 * indexes and TOAST included (pg_total_relation_size, after VACUUM), and
 * divides by its rows. Everything listens on 127.0.0.1; the database is
 * dropped at the end.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import knexFactory from 'knex';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PG = process.env.BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const TASKS = Number(process.env.BENCH_TASKS ?? 2000);
const CONCURRENCY = 16;
const TOKEN = randomBytes(24).toString('hex');
const PREFIX = `bench_${Date.now().toString(36)}_`;
const DB_NAME = `${PREFIX}agent-coordination`;

const databaseUrl = name =>
  Object.assign(new URL(PG), { pathname: `/${name}` }).toString();

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

async function main() {
  const port = await freePort();
  const config = join(tmpdir(), `${PREFIX}config.json`);
  writeFileSync(
    config,
    JSON.stringify({
      backend: {
        baseUrl: `http://127.0.0.1:${port}`,
        listen: { port, host: '127.0.0.1' },
        database: { client: 'pg', connection: PG, prefix: PREFIX },
        auth: {
          externalAccess: [
            {
              type: 'static',
              options: { token: TOKEN, subject: 'bench-agent' },
            },
          ],
        },
      },
      permission: { enabled: true },
      agentCoordination: {
        actors: [{ principal: 'bench-agent', agent: 'context_manager' }],
      },
    }),
  );
  const child = spawn(
    process.execPath,
    [
      '-r',
      'sucrase/register',
      'bench/transitions-backend.ts',
      '--config',
      config,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}/api/agent-coordination`;
  let db;
  try {
    await waitFor(`${base}/health`, 120_000);
    const call = async (path, body, key) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(body),
      });
      const json = await res.json();
      if (!res.ok)
        throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(json)}`);
      return json.task;
    };
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < TASKS) {
        const i = next++;
        let task = await call(
          '/tasks',
          {
            title: `Storage task ${i}: a title of a usual length`,
            description:
              'What a task usually says about itself, in a sentence or two of plain text.',
            kind: 'general',
            assignee: 'context_manager',
            labels: ['storage', `batch-${i % 10}`],
          },
          `create-${i}`,
        );
        for (const to of ['ASSIGNED', 'IN_PROGRESS', 'REVIEW', 'COMPLETED']) {
          task = await call(
            `/tasks/${task.id}/transitions`,
            { to, version: task.version, reason: `to ${to}` },
            `${task.id}-${to}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(
      `${TASKS} tasks created and completed through the API in ${(
        (Date.now() - started) /
        1000
      ).toFixed(1)} s`,
    );

    db = knexFactory({ client: 'pg', connection: databaseUrl(DB_NAME) });
    await db.raw('VACUUM ANALYZE');
    const tables = [
      'coordination_tasks',
      'coordination_task_labels',
      'coordination_task_dependencies',
      'coordination_events',
      'coordination_idempotency_keys',
    ];
    const rows = {};
    const bytes = {};
    for (const t of tables) {
      rows[t] = Number((await db(t).count({ n: '*' }))[0].n);
      bytes[t] = Number(
        (await db.raw('SELECT pg_total_relation_size(?) AS b', [t])).rows[0].b,
      );
    }
    const version = (await db.raw('SHOW server_version')).rows[0]
      .server_version;
    console.log(`PostgreSQL ${version}, Node ${process.version}\n`);
    console.log(
      'table                              rows      bytes on disk   bytes per row',
    );
    for (const t of tables) {
      const per = rows[t] ? Math.round(bytes[t] / rows[t]) : 0;
      console.log(
        `${t.padEnd(34)} ${String(rows[t]).padStart(6)}  ${String(
          bytes[t],
        ).padStart(14)}   ${rows[t] ? per : '-'}`,
      );
    }
    const taskBytes =
      bytes.coordination_tasks +
      bytes.coordination_task_labels +
      bytes.coordination_task_dependencies;
    const events = rows.coordination_events;
    console.log('');
    console.log(
      `per task (its row, labels and dependencies):   ${Math.round(
        taskBytes / TASKS,
      )} bytes`,
    );
    console.log(
      `per event:                                     ${Math.round(
        bytes.coordination_events / events,
      )} bytes (${(events / TASKS).toFixed(1)} events per finished task)`,
    );
    console.log(
      `per idempotency key (until it expires):        ${Math.round(
        bytes.coordination_idempotency_keys /
          rows.coordination_idempotency_keys,
      )} bytes`,
    );
    console.log(
      `a finished task, all told:                     ${Math.round(
        (taskBytes + bytes.coordination_events) / TASKS,
      )} bytes kept, plus ${Math.round(
        bytes.coordination_idempotency_keys / TASKS,
      )} bytes of keys for a day`,
    );
  } finally {
    child.kill('SIGKILL');
    await db?.destroy();
    const admin = knexFactory({
      client: 'pg',
      connection: databaseUrl('postgres'),
    });
    const dbs = await admin.raw(
      'SELECT datname FROM pg_database WHERE datname LIKE ?',
      [`${PREFIX}%`],
    );
    for (const { datname } of dbs.rows)
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
