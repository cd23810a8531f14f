// Starts the built portal for end-to-end checks and stops it again.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BASE_URL = 'http://localhost:7017';
const YARN = join(ROOT, '.yarn/releases/yarn-4.13.0.cjs');

export function buildApp() {
  const res = spawnSync(process.execPath, [YARN, 'workspace', 'app', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error('building the app failed');
}

export async function startPortal({ log = () => {} } = {}) {
  const child = spawn(
    process.execPath,
    [YARN, 'start', '--config', '../../app-config.yaml', '--config', '../../test/e2e/app-config.e2e.yaml'],
    { cwd: join(ROOT, 'packages/backend'), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = chunk => {
    output += chunk;
    log(String(chunk));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
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
  stop();
  throw new Error(`the portal did not answer within 180 s:\n${output.slice(-4000)}`);
}
