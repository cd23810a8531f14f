import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { migrateDatabase } from './database/migrateDatabase';
import { loadFramework } from './framework/loadFramework';
import { createRouter } from './service/createRouter';

/**
 * Agent Coordination backend plugin: serves the framework and, through it,
 * the coordination state under /api/agent-coordination.
 * @public
 */
export const agentCoordinationPlugin = createBackendPlugin({
  pluginId: 'agent-coordination',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
      },
      async init({ config, logger, httpAuth, httpRouter, database }) {
        const { framework, file } = loadFramework(config);
        logger.info(
          `Loaded framework '${framework.metadata.name}' v${framework.metadata.version} from ${file}: ${framework.agents.length} agents in ${framework.tiers.length} tiers`,
        );
        await migrateDatabase(database);
        httpRouter.use(await createRouter({ framework, httpAuth, logger }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
