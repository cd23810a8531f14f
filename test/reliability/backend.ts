/*
 * The backend the reliability suite starts, kills and restarts (run.mjs,
 * with its own --config): the real Agent Coordination plugin behind the real
 * auth, permission, signals and events stack of a Backstage backend, and the
 * portal's start-up gate, without the catalog and the app, so a restart takes
 * seconds. The auth backend's guest provider is there for one thing: a user
 * token for the signals websocket.
 *
 * RELIABILITY_WITHOUT_GATE=1 leaves the start-up gate out and
 * RELIABILITY_WITHOUT_EVENTS=1 the events backend, to show the checks fail
 * without them (run.mjs --without-gate / --without-events-backend).
 */
import { createBackend } from '@backstage/backend-defaults';
import { rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { createStartupGate } from '@agent-coordination/plugin-agent-coordination-node';
import { writeFileSync } from 'node:fs';

const backend = createBackend();
if (process.env.RELIABILITY_WITHOUT_GATE !== '1') {
  backend.add(
    rootHttpRouterServiceFactory({
      configure: ({ app, lifecycle, applyDefaults }) => {
        app.use(createStartupGate({ lifecycle }));
        applyDefaults();
      },
    }),
  );
}
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('../../packages/backend/src/permissionPolicy/module'));
backend.add(import('@backstage/plugin-signals-backend'));
if (process.env.RELIABILITY_WITHOUT_EVENTS !== '1') {
  backend.add(import('@backstage/plugin-events-backend'));
}
backend.add(import('@agent-coordination/plugin-agent-coordination-backend'));
backend.start();

// The memory check's probe (run.mjs starts this backend with --expose-gc): on
// SIGUSR2, collect garbage, then write process.memoryUsage() to the file named.
const memoryFile = process.env.RELIABILITY_MEMORY_FILE;
const gc = (globalThis as { gc?: () => void }).gc;
if (memoryFile && gc) {
  process.on('SIGUSR2', () => {
    gc();
    writeFileSync(memoryFile, JSON.stringify(process.memoryUsage()));
  });
}
