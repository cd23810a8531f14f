/*
 * The backend the board benchmark times list pages on (its part 3): the
 * real Agent Coordination plugin behind the real auth, permission and
 * signals stack, without the catalog, search and the app, whose background
 * work would land in the timings. task-board.bench.mjs starts two of these,
 * one on a database of 1,000 tasks and one on 100,000, each with its own
 * --config, and sends them requests in turn.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('../packages/backend/src/permissionPolicy/module'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@agent-coordination/plugin-agent-coordination-backend'));
backend.start();
