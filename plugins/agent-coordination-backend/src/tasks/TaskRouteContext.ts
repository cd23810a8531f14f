import type {
  CoordinationFramework,
  LifecycleRoles,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Router } from 'express';
import type { Knex } from 'knex';
import type { ActorOf } from '../platform/http/requestContext';
import type { TaskHolds } from './holds';
import type { TaskPermissions } from './permissions/taskPermissions';
import type { TaskChanges } from './TaskChanges';

/** What the task endpoints get: the task noun's pieces, nothing of the other nouns'. */
export interface TaskRouteContext {
  router: Router;
  db: Knex;
  framework: CoordinationFramework;
  lifecycle: LifecycleRoles;
  holds: TaskHolds;
  actorOf: ActorOf;
  permissions: TaskPermissions;
  changes: TaskChanges;
}
