/*
 * The portal's backend: the standard Backstage plugins a new app gets, plus
 * Agent Coordination. Runs on embedded SQLite unless config says otherwise.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(import('@backstage/plugin-catalog-backend-module-ai-model'));
backend.add(
  import('@agent-coordination/plugin-catalog-backend-module-agent-coordination'),
);

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@agent-coordination/plugin-scaffolder-backend-module-agent-coordination'),
);

backend.add(import('@backstage/plugin-permission-backend'));
// Agents act on their own tasks; the full-authority agent on all (see permissionPolicy/).
backend.add(import('./permissionPolicy/module'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.add(import('@agent-coordination/plugin-agent-coordination-backend'));

backend.start();
