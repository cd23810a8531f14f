// End-to-end check: the built portal in headless Chromium, as a person uses it.
// Writes .test-output/e2e.json with its counts and saves its screenshots under
// .test-output/screenshots (ignored by git). `npm run screenshots` runs it with
// --update-docs: when every check passed, the screenshots the README shows
// (those already in docs/screenshots) are replaced by this run's.
import { chromium } from 'playwright-core';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, ROOT, buildApp, startPortal } from './portal.mjs';
import { checks } from './checks.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(ROOT, '.test-output');
const UPDATE_DOCS = process.argv.includes('--update-docs');
const DOCS_SHOTS = join(ROOT, 'docs/screenshots');
// Tests never write to tracked files: only the screenshots command does, below.
const SHOTS = join(OUT, 'screenshots');
mkdirSync(OUT, { recursive: true });
mkdirSync(SHOTS, { recursive: true });

if (!existsSync(CHROMIUM)) {
  console.error(
    `No Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  writeFileSync(join(OUT, 'e2e.json'), JSON.stringify({ passed: 0, failed: 1 }));
  process.exit(1);
}

if (process.env.E2E_SKIP_BUILD !== '1') await buildApp();
const portal = await startPortal({ log: process.env.E2E_VERBOSE ? s => process.stdout.write(s) : undefined });
let browser;
try {
  // Playwright manages the profile directory itself: a fresh one per run.
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'e2e-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
} catch (error) {
  await portal.stop();
  throw error;
}

let passed = 0;
let failed = 0;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  const consoleErrors = [];
  page.on('console', msg => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  const ctx = { page, baseUrl: BASE_URL, shots: SHOTS, consoleErrors, portalLog: portal.output };
  for (const check of checks) {
    const started = Date.now();
    try {
      await check.run(ctx);
      passed += 1;
      console.log(`  ✓ ${check.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`  ✕ ${check.name}\n    ${String(error?.stack ?? error).split('\n').join('\n    ')}`);
      await page.screenshot({ path: join(OUT, `failed-${passed + failed}.png`) }).catch(() => {});
    }
  }
} finally {
  await browser.close();
  await portal.stop();
}
writeFileSync(join(OUT, 'e2e.json'), JSON.stringify({ passed, failed }));
console.log(`e2e: ${passed} passed, ${failed} failed`);
if (UPDATE_DOCS) {
  if (failed > 0) {
    console.log(`docs/screenshots left as they were: ${failed} checks failed`);
  } else {
    const shown = readdirSync(DOCS_SHOTS).filter(name => existsSync(join(SHOTS, name)));
    for (const name of shown) copyFileSync(join(SHOTS, name), join(DOCS_SHOTS, name));
    console.log(`docs/screenshots: replaced ${shown.join(', ')}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
