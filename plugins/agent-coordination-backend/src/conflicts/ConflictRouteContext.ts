import type { ConflictActor, CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Request, Router } from 'express';
import type { Knex } from 'knex';
import type { Actor } from '../platform/actors';
import type { ConflictChanges } from './ConflictChanges';
import type { ConflictPermissions } from './permissions/conflictPermissions';

/** The caller of a conflict route: the framework actor, and the catalog groups of a signed-in user. */
export type ConflictActorInfo = ConflictActor & Actor;

/** What the conflict endpoints get. */
export interface ConflictRouteContext {
  router: Router;
  db: Knex;
  framework: CoordinationFramework;
  actorOf: (req: Request) => Promise<ConflictActorInfo>;
  permissions: ConflictPermissions;
  changes: ConflictChanges;
}
