import type {
  AuthService,
  HttpAuthService,
  LoggerService,
  RootConfigService,
  UserInfoService,
  PermissionsRegistryService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import type { Router } from 'express';
import type { Knex } from 'knex';
import type { ChangeAnnouncer } from './changes/ChangeAnnouncer';
import type { ChangeRunner } from './changes/ChangeRunner';
import type { EventLog } from './EventLog';
import type { ActorOf } from './http/requestContext';

/**
 * What the plugin hands each noun's bind function: Backstage's services and
 * the shared machinery (the router, the change runner and its announcer,
 * the event log). A noun takes what it needs and gives its own routes a
 * context of its own.
 */
export interface PluginContext {
  router: Router;
  framework: CoordinationFramework;
  actors: ActorDirectory;
  actorOf: ActorOf;
  db: Knex;
  changes: ChangeRunner;
  announcer: ChangeAnnouncer;
  eventLog: EventLog;
  config: RootConfigService;
  logger: LoggerService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  catalog: CatalogService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  scheduler: SchedulerService;
  signals: SignalsService;
  notifications: NotificationService;
  actionsRegistry: ActionsRegistryService;
}
