import type { AuthService } from '@backstage/backend-plugin-api';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Router } from 'express';
import type { ActorOf } from '../platform/http/requestContext';
import type { Actor } from '../platform/actors';

/** What the agent endpoints and actions get. */
export interface AgentRouteContext {
  router: Router;
  framework: CoordinationFramework;
  actorOf: ActorOf;
  catalog: CatalogService;
  auth: AuthService;
  /** Open tasks per framework agent key, among those the actor may read. */
  openTasks: (actor: Actor) => Promise<Map<string, number>>;
}
