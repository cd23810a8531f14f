import type {
  AuthService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Router } from 'express';
import type { OpenTaskCounter } from './agents/openTaskCounter';
import type { TaskPermissions } from './permissions/TaskPermissions';
import type { ActorResolver } from './tasks/Actor';
import type { TaskService } from './tasks/TaskService';
import type { TaskSchemas } from './validation/taskSchemas';

/** What every endpoint file gets to register its route. */
export interface RouteContext {
  router: Router;
  framework: CoordinationFramework;
  httpAuth: HttpAuthService;
  logger: LoggerService;
  tasks: TaskService;
  actors: ActorResolver;
  schemas: TaskSchemas;
  /** Agents are read from here (see readAgents for whose credentials). */
  catalog: CatalogService;
  auth: AuthService;
  /** The permission policy's say on tasks, asked before the framework's rules. */
  taskPermissions: TaskPermissions;
  /** Open tasks per agent for GET /agents, given the caller's task list filter. */
  openTasks: OpenTaskCounter;
}
