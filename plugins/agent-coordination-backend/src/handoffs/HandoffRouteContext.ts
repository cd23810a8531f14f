import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Router } from 'express';
import type { Knex } from 'knex';
import type { ActorOf } from '../platform/http/requestContext';
import type { HandoffChanges } from './HandoffChanges';
import type { HandoffPermissions } from './permissions/handoffPermissions';

/** What the handoff endpoints get. */
export interface HandoffRouteContext {
  router: Router;
  db: Knex;
  framework: CoordinationFramework;
  actorOf: ActorOf;
  permissions: HandoffPermissions;
  changes: HandoffChanges;
}
