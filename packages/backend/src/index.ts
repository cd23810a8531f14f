/*
 * The portal's backend: the standard Backstage plugins a new app gets, plus
 * Agent Coordination. Runs on embedded SQLite unless config says otherwise.
 */
import { createBackend } from '@backstage/backend-defaults';
import { rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { createStartupGate } from '@agent-coordination/plugin-agent-coordination-node';

const backend = createBackend();

// The server listens before the plugins have mounted their routes; until every
// plugin has started, hold /api/* requests (503 with Retry-After after 10 s)
// instead of letting the root router's not-found handler answer them 404.
backend.add(
  rootHttpRouterServiceFactory({
    configure: ({ app, lifecycle, applyDefaults }) => {
      app.use(createStartupGate({ lifecycle }));
      applyDefaults();
    },
  }),
);

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(import('@backstage/plugin-catalog-backend-module-ai-model'));
// `$file: ./path` in descriptors read from the checkout (catalog-info.yaml's API entity).
backend.add(import('./catalog/filePlaceholderModule'));
backend.add(
  import(
    '@agent-coordination/plugin-catalog-backend-module-agent-coordination'
  ),
);

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import(
    '@agent-coordination/plugin-scaffolder-backend-module-agent-coordination'
  ),
);

backend.add(import('@backstage/plugin-permission-backend'));
// Agents act on their own tasks; the full-authority agent on all (see permissionPolicy/).
backend.add(import('./permissionPolicy/module'));

// Search: the catalog's entities, Agents with their roles and owned paths;
// Lunr in process on SQLite, PostgreSQL's full-text search on PostgreSQL.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('./search/agentSearchModule'));
backend.add(import('./search/searchEngineModule'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
// The events bus the notifications and signals backends publish to across replicas.
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.add(import('@agent-coordination/plugin-agent-coordination-backend'));

backend.start();
