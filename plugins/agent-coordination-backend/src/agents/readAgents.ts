import type { AuthService, BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AGENT_KIND,
  isAgentEntity,
  type AgentEntityV1alpha1,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Every Agent the caller may see, by tier, then agentId. Read from the
 * catalog on each request, so the answer can never drift from the entities.
 *
 * A user reads with their own credentials, so catalog permissions apply. A
 * service caller (an external-access token: a CLI or an AI agent) is outside
 * the permission policy anyway, and a token restricted to this plugin cannot
 * be delegated to the catalog at all; it reads Agent entities, and only
 * those, with this plugin's own credentials.
 */
export async function readAgents(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  auth: AuthService,
): Promise<AgentEntityV1alpha1[]> {
  const onBehalfOf = auth.isPrincipal(credentials, 'user')
    ? credentials
    : await auth.getOwnServiceCredentials();
  const { items } = await catalog.getEntities(
    { filter: { kind: AGENT_KIND } },
    { credentials: onBehalfOf },
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
