// Starts the built portal for end-to-end checks and stops it again.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp as buildAppQuietly } from '../../scripts/build-app.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BASE_URL = 'http://localhost:7017';
const require = createRequire(import.meta.url);

export async function buildApp() {
  // Without the bundle's file sizes, which bury the test log (scripts/build-app.mjs).
  if ((await buildAppQuietly({ cwd: ROOT })) !== 0) throw new Error('building the app failed');
}

/**
 * The seed framework plus one escalation matrix row whose levels last
 * seconds, so a check can watch a conflict escalate on the page. Every other
 * row is the seed's. Written under .test-output (ignored by git) with the
 * config that points the backend at it.
 */
function writeE2eFramework() {
  const out = join(ROOT, '.test-output');
  mkdirSync(out, { recursive: true });
  const seed = readFileSync(join(ROOT, 'examples/framework.yaml'), 'utf8');
  const row = [
    '  - id: e2e_short_sla',
    '    name: Short SLA (e2e only)',
    '    conflictType: technical',
    '    authorities: { L1: Agents, L2: Context Manager, L3: Tech Lead }',
    `    sla: ${E2E_SLA_SECONDS}s`,
    '',
  ].join('\n');
  if (!seed.includes('\nescalationMatrix:\n')) throw new Error('examples/framework.yaml has no escalationMatrix section');
  const framework = join(out, 'e2e-framework.yaml');
  writeFileSync(framework, seed.replace('\nescalationMatrix:\n', `\nescalationMatrix:\n${row}`));
  const config = join(out, 'app-config.e2e-framework.yaml');
  writeFileSync(config, JSON.stringify({ agentCoordination: { framework: { file: framework } } }));
  return config;
}

/** How long each level of the e2e-only matrix row lasts. */
export const E2E_SLA_SECONDS = 20;

/**
 * Starts the backend the way `backstage-cli package start` runs it (Node with
 * Backstage's TypeScript transform), but as our own child in its own process
 * group and without the CLI's watcher in between: stop() can then make sure
 * every process of it is gone. Through `yarn start`, a backend whose CLI
 * parent had exited once outlived the check, orphaned, spinning on a closed
 * pipe and holding the port.
 */
export async function startPortal({ log = () => {} } = {}) {
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs', { paths: [join(ROOT, 'packages/backend')] }),
      'src/index',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../test/e2e/app-config.e2e.yaml',
      '--config',
      writeE2eFramework(),
    ],
    {
      cwd: join(ROOT, 'packages/backend'),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' },
    },
  );
  let output = '';
  const collect = chunk => {
    output += chunk;
    log(String(chunk));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const signal = name => {
    try {
      process.kill(-child.pid, name);
    } catch {
      /* already gone */
    }
  };
  // Whatever happens to this script, the portal does not outlive it: a
  // normal exit, or being interrupted or terminated (which skips 'exit').
  process.once('exit', () => signal('SIGKILL'));
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(name, () => {
      signal('SIGKILL');
      process.exit(128 + (name === 'SIGINT' ? 2 : name === 'SIGTERM' ? 15 : 1));
    });
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      signal('SIGKILL');
      return;
    }
    const exited = new Promise(resolve => child.once('exit', resolve));
    signal('SIGTERM');
    const inTime = await Promise.race([exited.then(() => true), new Promise(r => setTimeout(() => r(false), 15_000))]);
    if (!inTime) signal('SIGKILL');
    // The group may hold more than the child (workers); make sure none is left.
    signal('SIGKILL');
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the portal exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    }
    try {
      const res = await fetch(`${BASE_URL}/api/agent-coordination/health`);
      // The catalog must have processed its locations too; give it a moment after health.
      if (res.ok) return { stop, output: () => output };
    } catch {
      /* not up yet */
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  await stop();
  throw new Error(`the portal did not answer within 180 s:\n${output.slice(-4000)}`);
}
