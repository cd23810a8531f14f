import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  CoordinationFramework,
  HealthResponse,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentCoordinationService } from './AgentCoordinationService';

/**
 * HTTP client for the agent-coordination backend plugin, found through
 * discovery so it works whether the plugin runs in the same backend or not.
 * @public
 */
export class DefaultAgentCoordinationService implements AgentCoordinationService {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async getHealth(): Promise<HealthResponse> {
    return this.request<HealthResponse>('/health');
  }

  async getFramework(options: {
    credentials: BackstageCredentials;
  }): Promise<CoordinationFramework> {
    return this.request<CoordinationFramework>('/framework', options.credentials);
  }

  private async request<T>(
    path: string,
    credentials?: BackstageCredentials,
  ): Promise<T> {
    const baseUrl = await this.deps.discovery.getBaseUrl('agent-coordination');
    const headers: Record<string, string> = {};
    if (credentials) {
      const { token } = await this.deps.auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: 'agent-coordination',
      });
      headers.Authorization = `Bearer ${token}`;
    }
    const response = await fetch(`${baseUrl}${path}`, { headers });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
