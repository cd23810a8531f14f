import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ConflictActorInfo } from '../ConflictActorInfo';
import type { ConflictChanges } from '../ConflictChanges';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { ConflictPermissions } from '../permissions/conflictPermissions';

/** What the conflict actions get: the same changes and permissions as the routes, the caller from the action's credentials. */
export interface ConflictActionContext {
  db: Knex;
  framework: CoordinationFramework;
  changes: ConflictChanges;
  permissions: ConflictPermissions;
  actorFor: (credentials: BackstageCredentials) => Promise<ConflictActorInfo>;
}

/** The output of an action about one conflict: what an agent needs to act on it. */
export const conflictOutput = (z: any) =>
  z.object({
    id: z.string(),
    title: z.string(),
    type: z.string(),
    category: z.string().nullable(),
    status: z.string(),
    level: z.string(),
    authority: z.string().describe('Who decides at the current level'),
    deadlineAt: z.string().describe('When the current level escalates (at L3: the breach)'),
    breachedAt: z.string().nullable(),
    parties: z.array(z.string()),
    decision: z.string().nullable(),
    version: z.number().describe('Send it back to vote, resolve or escalate'),
  });

export function toOutput(c: import('@agent-coordination/plugin-agent-coordination-common').Conflict) {
  return {
    id: c.id,
    title: c.title,
    type: c.type,
    category: c.category,
    status: c.status,
    level: c.level,
    authority: c.authority.name,
    deadlineAt: c.deadlineAt,
    breachedAt: c.breachedAt,
    parties: c.parties,
    decision: c.resolution?.decision ?? null,
    version: c.version,
  };
}
