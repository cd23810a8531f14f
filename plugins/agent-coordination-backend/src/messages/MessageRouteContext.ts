import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Router } from 'express';
import type { Knex } from 'knex';
import type { ActorOf } from '../platform/http/requestContext';
import type { MessageChanges } from './MessageChanges';
import type { MessageReads } from './MessageReads';
import type { MessagePermissions } from './permissions/messagePermissions';

/** What the message endpoints get. */
export interface MessageRouteContext {
  router: Router;
  db: Knex;
  framework: CoordinationFramework;
  actorOf: ActorOf;
  permissions: MessagePermissions;
  changes: MessageChanges;
  reads: MessageReads;
}
