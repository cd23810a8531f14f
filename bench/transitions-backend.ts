/*
 * The backend the transitions benchmark drives: the real Agent Coordination
 * plugin behind the real auth, permission and signals stack of a Backstage
 * backend, without the catalog and the app (they would only add background
 * noise). Started by task-transitions.bench.mjs with its own --config.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('../packages/backend/src/permissionPolicy/module'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@agent-coordination/plugin-agent-coordination-backend'));
backend.start();
