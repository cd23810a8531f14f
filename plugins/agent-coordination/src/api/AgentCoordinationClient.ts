import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AgentGraphResponse,
  AgentListResponse,
  CoordinationFramework,
  HealthResponse,
  OwnershipLookupResponse,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentCoordinationApi } from './AgentCoordinationApi';

/**
 * Talks to the agent-coordination backend plugin.
 * @public
 */
export class AgentCoordinationClient implements AgentCoordinationApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getFramework(): Promise<CoordinationFramework> {
    return this.request<CoordinationFramework>('/framework');
  }

  getHealth(): Promise<HealthResponse> {
    return this.request<HealthResponse>('/health');
  }

  getAgents(): Promise<AgentListResponse> {
    return this.request<AgentListResponse>('/agents');
  }

  getAgentGraph(): Promise<AgentGraphResponse> {
    return this.request<AgentGraphResponse>('/agents/graph');
  }

  lookupOwnership(path: string): Promise<OwnershipLookupResponse> {
    return this.request<OwnershipLookupResponse>(
      `/ownership?${new URLSearchParams({ path })}`,
    );
  }

  private async request<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('agent-coordination');
    // fetchApi, not the global fetch: it attaches the user's Backstage token,
    // which the backend's default auth policy requires.
    const res = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as T;
  }
}
