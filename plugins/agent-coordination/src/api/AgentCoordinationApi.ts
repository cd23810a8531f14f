import { createApiRef } from '@backstage/core-plugin-api';
import type {
  CoordinationFramework,
  HealthResponse,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * Read access to the agent-coordination backend.
 * @public
 */
export interface AgentCoordinationApi {
  /** The loaded framework: tiers, agents (groups resolved), conflict rules. */
  getFramework(): Promise<CoordinationFramework>;
  getHealth(): Promise<HealthResponse>;
}

/**
 * @public
 */
export const agentCoordinationApiRef = createApiRef<AgentCoordinationApi>({
  id: 'plugin.agent-coordination.api',
});
