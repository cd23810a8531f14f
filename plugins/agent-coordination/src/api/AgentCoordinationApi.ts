import { createApiRef } from '@backstage/core-plugin-api';
import type {
  AgentGraphResponse,
  AgentListResponse,
  CoordinationFramework,
  HealthResponse,
  OwnershipLookupResponse,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * Read access to the agent-coordination backend.
 * @public
 */
export interface AgentCoordinationApi {
  /** The loaded framework: tiers, agents (groups resolved), conflict rules. */
  getFramework(): Promise<CoordinationFramework>;
  getHealth(): Promise<HealthResponse>;
  /** Every Agent entity the user may see, with derived counts. */
  getAgents(): Promise<AgentListResponse>;
  /** The agents' dependency graph and its analysis (cycles, critical path). */
  getAgentGraph(): Promise<AgentGraphResponse>;
  /** Which agents own a repository path, e.g. `components/terraform/vpc/main.tf`. */
  lookupOwnership(path: string): Promise<OwnershipLookupResponse>;
}

/**
 * @public
 */
export const agentCoordinationApiRef = createApiRef<AgentCoordinationApi>({
  id: 'plugin.agent-coordination.api',
});
