import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AGENT_KIND,
  isAgentEntity,
  type AgentEntityV1alpha1,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Every Agent the caller may see, by tier, then agentId. Read from the
 * catalog on each request with the caller's own credentials, so the answer
 * honours catalog permissions and can never drift from the entities.
 */
export async function readAgents(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<AgentEntityV1alpha1[]> {
  const { items } = await catalog.getEntities(
    { filter: { kind: AGENT_KIND } },
    { credentials },
  );
  // The kind filter is case-insensitive and ignores apiVersion: another
  // group's "Agent" kind must not be read with this spec.
  return items
    .filter(isAgentEntity)
    .sort(
      (a, b) =>
        a.spec.tier - b.spec.tier ||
        a.spec.agentId.localeCompare(b.spec.agentId) ||
        a.metadata.name.localeCompare(b.metadata.name),
    );
}
