import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { agentCoordinationFrameworkServiceRef } from '@agent-coordination/plugin-agent-coordination-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { bindAgents } from './agents';
import { bindConflicts } from './conflicts';
import { bindEvents } from './events';
import { bindFramework } from './framework';
import { bindHandoffs } from './handoffs';
import { bindMessages } from './messages';
import { bindOwnership } from './ownership';
import { ChangeAnnouncer } from './platform/changes/ChangeAnnouncer';
import { ChangeRunner } from './platform/changes/ChangeRunner';
import { EventLog } from './platform/EventLog';
import {
  readKeyLifetime,
  scheduleIdempotencyExpiry,
} from './platform/jobs/idempotencyExpiry';
import { createApiRouter } from './platform/http/createApiRouter';
import { errorHandler } from './platform/http/errors';
import { actorResolver } from './platform/http/requestContext';
import type { PluginContext } from './platform/PluginContext';
import { migrateDatabase } from './platform/store/migrateDatabase';
import { bindTasks } from './tasks';

/**
 * Agent Coordination backend plugin: serves the framework and, through it,
 * the coordination state under /api/agent-coordination. Each noun binds its
 * own routes, permissions, signals, jobs and actions (see
 * docs/architecture.md).
 * @public
 */
export const agentCoordinationPlugin = createBackendPlugin({
  pluginId: 'agent-coordination',
  register(env) {
    env.registerInit({
      deps: {
        coordination: agentCoordinationFrameworkServiceRef,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        userInfo: coreServices.userInfo,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        signals: signalsServiceRef,
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { coordination, logger, httpAuth, httpRouter, database } = deps;
        const keyLifetimeMs = readKeyLifetime(deps.config);
        const db = await migrateDatabase(database);
        const announcer = new ChangeAnnouncer(logger);
        const router = createApiRouter();
        const ctx: PluginContext = {
          ...deps,
          router,
          framework: coordination.framework,
          actors: coordination.actors,
          actorOf: actorResolver(httpAuth, coordination.actors),
          db,
          announcer,
          changes: new ChangeRunner({ db, announcer, logger }),
          eventLog: new EventLog(),
        };
        bindFramework(ctx);
        const tasks = await bindTasks(ctx);
        const conflicts = await bindConflicts(ctx, tasks);
        await bindMessages(ctx);
        bindHandoffs(ctx, tasks, conflicts);
        bindAgents(ctx, tasks);
        bindOwnership(ctx);
        bindEvents(ctx);
        await scheduleIdempotencyExpiry({
          scheduler: deps.scheduler,
          db,
          lifetimeMs: keyLifetimeMs,
          logger,
        });
        router.use(errorHandler(logger));
        httpRouter.use(router);
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
