import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { migrateDatabase } from './database/migrateDatabase';
import { loadFramework } from './framework/loadFramework';
import { openTaskCounter } from './service/agents/openTaskCounter';
import { createRouter } from './service/createRouter';
import { TaskPermissions } from './service/permissions/TaskPermissions';
import { publishTaskSignals } from './service/signals/publishTaskSignals';
import { ActorResolver } from './service/tasks/Actor';
import { TaskService } from './service/tasks/TaskService';

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
        auth: coreServices.auth,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        signals: signalsServiceRef,
      },
      async init({
        config,
        logger,
        httpAuth,
        auth,
        httpRouter,
        database,
        scheduler,
        catalog,
        permissions,
        permissionsRegistry,
        signals,
      }) {
        const { framework, file } = loadFramework(config);
        logger.info(
          `Loaded framework '${framework.metadata.name}' v${framework.metadata.version} from ${file}: ${framework.agents.length} agents in ${framework.tiers.length} tiers`,
        );
        const actors = ActorResolver.fromConfig(config, framework);
        const db = await migrateDatabase(database);
        const tasks = new TaskService({ db, framework, logger });
        tasks.onChange(publishTaskSignals(signals));
        const taskPermissions = TaskPermissions.register({ db, framework, permissions, permissionsRegistry });
        // The scheduler's lock runs each sweep on one replica; the
        // conditional claim in raiseDependencyAlerts covers overlaps anyway.
        await scheduler.scheduleTask({
          id: 'agent-coordination-dependency-timeouts',
          frequency: { minutes: 5 },
          timeout: { minutes: 1 },
          fn: async () => {
            const raised = await tasks.raiseDependencyAlerts();
            if (raised > 0) logger.info(`Raised ${raised} overdue dependency alert(s)`);
          },
        });
        httpRouter.use(
          await createRouter({
            framework,
            httpAuth,
            logger,
            tasks,
            actors,
            catalog,
            auth,
            taskPermissions,
            openTasks: openTaskCounter(db, framework),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
