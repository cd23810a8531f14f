import type {
  AuthService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';
import type { OpenTaskCounter } from './agents/openTaskCounter';
import { addTaskDependency } from './endpoints/addTaskDependency';
import { createTask } from './endpoints/createTask';
import { getAgentGraph } from './endpoints/getAgentGraph';
import { getEvents } from './endpoints/getEvents';
import { getFramework } from './endpoints/getFramework';
import { getFrameworkAnalysis } from './endpoints/getFrameworkAnalysis';
import { getHealth } from './endpoints/getHealth';
import { getOwnership } from './endpoints/getOwnership';
import { getTask } from './endpoints/getTask';
import { getTaskEvents } from './endpoints/getTaskEvents';
import { getTaskTransitions } from './endpoints/getTaskTransitions';
import { listAgents } from './endpoints/listAgents';
import { listTasks } from './endpoints/listTasks';
import { removeTaskDependency } from './endpoints/removeTaskDependency';
import { transitionTask } from './endpoints/transitionTask';
import { updateTask } from './endpoints/updateTask';
import { staleVersionHandler } from './errors';
import type { TaskPermissions } from './permissions/TaskPermissions';
import type { ActorResolver } from './tasks/Actor';
import type { TaskService } from './tasks/TaskService';
import { taskSchemas } from './validation/taskSchemas';

export interface RouterOptions {
  framework: CoordinationFramework;
  httpAuth: HttpAuthService;
  logger: LoggerService;
  tasks: TaskService;
  actors: ActorResolver;
  catalog: CatalogService;
  auth: AuthService;
  taskPermissions: TaskPermissions;
  openTasks: OpenTaskCounter;
}

/**
 * The plugin's HTTP API. Every route is described in src/schema/openapi.yaml
 * (a test keeps the two in step). Errors thrown by handlers reach the
 * backend's error middleware (httpRouter installs MiddlewareFactory.error()
 * after the plugin's routes), which turns Backstage errors into 4xx replies;
 * only a stale write is answered here, because its body carries the task.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '256kb' }));
  const context = { router, schemas: taskSchemas(options.framework), ...options };
  getHealth(context);
  getFramework(context);
  getFrameworkAnalysis(context);
  listAgents(context);
  getAgentGraph(context);
  getOwnership(context);
  createTask(context);
  listTasks(context);
  getTask(context);
  updateTask(context);
  transitionTask(context);
  getTaskTransitions(context);
  addTaskDependency(context);
  removeTaskDependency(context);
  getTaskEvents(context);
  getEvents(context);
  router.use(staleVersionHandler);
  return router;
}
