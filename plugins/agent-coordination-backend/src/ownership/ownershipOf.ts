import {
  lookupOwnership,
  normalizeRepoPath,
  type OwnershipLookup,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../platform/actors';
import { refused } from '../platform/changes/errors';
import { readAgents } from '../agents/readAgents';

export interface OwnershipContext {
  framework: CoordinationFramework;
  catalog: CatalogService;
  auth: AuthService;
}

/**
 * The backend's one answer to "who owns this path", for the route, the
 * actions and the change-set check: the framework's agents decide, the
 * catalog only lends each owner its entity ref and title for links.
 */
export async function ownershipOf(ctx: OwnershipContext, actor: Actor, rawPath: string): Promise<OwnershipLookup> {
  const path = normalizeRepoPath(rawPath);
  if (!path.ok) throw refused(path.refusal);
  const entities = await readAgents(ctx.catalog, actor.credentials!, ctx.auth);
  const byAgentId = new Map(
    entities.map(e => [e.spec.agentId, { ref: stringifyEntityRef(e), title: e.metadata.title }]),
  );
  return lookupOwnership(ctx.framework.agents, path.value, id => byAgentId.get(id));
}
