// Starts the built portal for end-to-end checks and stops it again.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BASE_URL = 'http://localhost:7017';
const YARN = join(ROOT, '.yarn/releases/yarn-4.13.0.cjs');
const require = createRequire(import.meta.url);

export function buildApp() {
  const res = spawnSync(process.execPath, [YARN, 'workspace', 'app', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error('building the app failed');
}

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
