import type {
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import type {
  CoordinationFramework,
  HealthResponse,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * What other backend plugins and modules (the scaffolder actions, an MCP
 * bridge, your own) use to talk to Agent Coordination. Calls are made on
 * behalf of `credentials`, so the caller's permissions apply.
 * @public
 */
export interface AgentCoordinationService {
  getHealth(): Promise<HealthResponse>;
  getFramework(options: {
    credentials: BackstageCredentials;
  }): Promise<CoordinationFramework>;
}
