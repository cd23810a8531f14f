import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Request, Router } from 'express';
import type { Knex } from 'knex';
import type { ConflictChanges } from './ConflictChanges';
import type { ConflictPermissions } from './permissions/conflictPermissions';

import type { ConflictActorInfo } from './ConflictActorInfo';

export type { ConflictActorInfo };

/** What the conflict endpoints get. */
export interface ConflictRouteContext {
  router: Router;
  db: Knex;
  framework: CoordinationFramework;
  actorOf: (req: Request) => Promise<ConflictActorInfo>;
  permissions: ConflictPermissions;
  changes: ConflictChanges;
}
