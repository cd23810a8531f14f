// Builds the app (`yarn workspace app build`) without its ~370 lines of
// bundle file sizes: in the portal's and the tests' logs they bury the lines
// that matter and look like trouble. Everything else passes through, and the
// exit code is the build's. BUILD_SIZES=1 shows the sizes.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const YARN = join(ROOT, '.yarn/releases/yarn-4.13.0.cjs');
const SIZE_LINE = /^\s*[\d.]+\s+(B|kB|KB|MB|GB)\s+\S+/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Whether a line of the build's output is one file's size. */
export function isSizeLine(line) {
  return SIZE_LINE.test(line.replace(ANSI, ''));
}

export function buildApp({ cwd = ROOT, showSizes = process.env.BUILD_SIZES === '1' } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [YARN, 'workspace', 'app', 'build'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let hidden = 0;
    const pass = (stream, out) =>
      createInterface({ input: stream }).on('line', line => {
        if (!showSizes && isSizeLine(line)) hidden += 1;
        else out.write(`${line}\n`);
      });
    pass(child.stdout, process.stdout);
    pass(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('close', code => {
      if (hidden > 0) {
        console.log(`Built the app into packages/app/dist (${hidden} bundle files; BUILD_SIZES=1 lists their sizes)`);
      }
      resolve(code ?? 1);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(await buildApp());
}
