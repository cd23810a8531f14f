import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AddDependencyRequest,
  ChangeSetAnswer,
  ChangeSetRequest,
  Conflict,
  ConflictPage,
  CoordinationFramework,
  CreateTaskRequest,
  EscalateConflictRequest,
  Handoff,
  HandoffAnswerRequest,
  HandoffClarificationRequest,
  HandoffPage,
  HandoffVersionRequest,
  Health,
  Inbox,
  InboxQuery,
  ListConflictsQuery,
  ListHandoffsQuery,
  ListMessagesQuery,
  Message,
  MessagePage,
  ListTasksQuery,
  OpenConflictRequest,
  OpenHandoffRequest,
  OwnershipLookup,
  ResolveConflictRequest,
  SendMessageRequest,
  Task,
  TaskChange,
  TaskPage,
  TransferHandoffRequest,
  TransitionRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import type {
  AgentCoordinationCallOptions,
  AgentCoordinationService,
} from './AgentCoordinationService';

/**
 * HTTP client for the agent-coordination backend plugin, found through
 * discovery so it works whether the plugin runs in the same backend or not.
 * @public
 */
export class DefaultAgentCoordinationService
  implements AgentCoordinationService
{
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async getHealth(): Promise<Health> {
    return this.request<Health>('GET', '/health');
  }

  async lookupOwnership(
    path: string,
    options: { credentials: BackstageCredentials },
  ): Promise<OwnershipLookup> {
    return this.request<OwnershipLookup>(
      'GET',
      `/ownership?${new URLSearchParams({ path })}`,
      options,
    );
  }

  async getFramework(options: {
    credentials: BackstageCredentials;
  }): Promise<CoordinationFramework> {
    return this.request<CoordinationFramework>('GET', '/framework', options);
  }

  async createTask(
    request: CreateTaskRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<TaskChange> {
    return this.request<TaskChange>('POST', '/tasks', options, request);
  }

  async getTask(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Task> {
    return this.request<Task>(
      'GET',
      `/tasks/${encodeURIComponent(id)}`,
      options,
    );
  }

  async listTasks(
    query: ListTasksQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<TaskPage> {
    return this.request<TaskPage>(
      'GET',
      `/tasks${queryString(query)}`,
      options,
    );
  }

  async transitionTask(
    id: string,
    request: TransitionRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<TaskChange> {
    return this.request<TaskChange>(
      'POST',
      `/tasks/${encodeURIComponent(id)}/transitions`,
      options,
      request,
    );
  }

  async addTaskDependency(
    id: string,
    request: AddDependencyRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<TaskChange> {
    return this.request<TaskChange>(
      'POST',
      `/tasks/${encodeURIComponent(id)}/dependencies`,
      options,
      request,
    );
  }

  async openConflict(
    request: OpenConflictRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Conflict> {
    return this.request<Conflict>('POST', '/conflicts', options, request);
  }

  async getConflict(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Conflict> {
    return this.request<Conflict>(
      'GET',
      `/conflicts/${encodeURIComponent(id)}`,
      options,
    );
  }

  async listConflicts(
    query: ListConflictsQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<ConflictPage> {
    return this.request<ConflictPage>(
      'GET',
      `/conflicts${queryString(query)}`,
      options,
    );
  }

  async escalateConflict(
    id: string,
    request: EscalateConflictRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Conflict> {
    return this.request<Conflict>(
      'POST',
      `/conflicts/${encodeURIComponent(id)}/escalation`,
      options,
      request,
    );
  }

  async resolveConflict(
    id: string,
    request: ResolveConflictRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Conflict> {
    return this.request<Conflict>(
      'POST',
      `/conflicts/${encodeURIComponent(id)}/resolution`,
      options,
      request,
    );
  }

  async submitChangeSet(
    request: ChangeSetRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<ChangeSetAnswer> {
    return this.request<ChangeSetAnswer>(
      'POST',
      '/change-sets',
      options,
      request,
    );
  }

  async sendMessage(
    request: SendMessageRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Message> {
    return this.request<Message>('POST', '/messages', options, request);
  }

  async getMessage(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Message> {
    return this.request<Message>(
      'GET',
      `/messages/${encodeURIComponent(id)}`,
      options,
    );
  }

  async listMessages(
    query: ListMessagesQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<MessagePage> {
    return this.request<MessagePage>(
      'GET',
      `/messages${queryString(query)}`,
      options,
    );
  }

  async getInbox(
    agent: string,
    query: InboxQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<Inbox> {
    return this.request<Inbox>(
      'GET',
      `/agents/${encodeURIComponent(agent)}/inbox${queryString(query)}`,
      options,
    );
  }

  async markMessageRead(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Message> {
    return this.request<Message>(
      'POST',
      `/messages/${encodeURIComponent(id)}/read`,
      options,
    );
  }

  async openHandoff(
    request: OpenHandoffRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff> {
    return this.request<Handoff>('POST', '/handoffs', options, request);
  }

  async getHandoff(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Handoff> {
    return this.request<Handoff>(
      'GET',
      `/handoffs/${encodeURIComponent(id)}`,
      options,
    );
  }

  async listHandoffs(
    query: ListHandoffsQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<HandoffPage> {
    return this.request<HandoffPage>(
      'GET',
      `/handoffs${queryString(query)}`,
      options,
    );
  }

  async transferHandoff(
    id: string,
    request: TransferHandoffRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff> {
    return this.request<Handoff>(
      'POST',
      `/handoffs/${encodeURIComponent(id)}/transfer`,
      options,
      request,
    );
  }

  async acknowledgeHandoff(
    id: string,
    request: HandoffVersionRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff> {
    return this.request<Handoff>(
      'POST',
      `/handoffs/${encodeURIComponent(id)}/acknowledgment`,
      options,
      request,
    );
  }

  async requestHandoffClarification(
    id: string,
    request: HandoffClarificationRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff> {
    return this.request<Handoff>(
      'POST',
      `/handoffs/${encodeURIComponent(id)}/clarifications`,
      options,
      request,
    );
  }

  async answerHandoffClarification(
    id: string,
    request: HandoffAnswerRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff> {
    return this.request<Handoff>(
      'POST',
      `/handoffs/${encodeURIComponent(id)}/clarifications/answer`,
      options,
      request,
    );
  }

  async completeHandoff(
    id: string,
    request: HandoffVersionRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff> {
    return this.request<Handoff>(
      'POST',
      `/handoffs/${encodeURIComponent(id)}/completion`,
      options,
      request,
    );
  }

  private async request<T>(
    method: 'GET' | 'POST',
    path: string,
    options?: Partial<AgentCoordinationCallOptions>,
    body?: object,
  ): Promise<T> {
    const baseUrl = await this.deps.discovery.getBaseUrl('agent-coordination');
    // GET /handoffs/{id} also serves markdown; this client always reads JSON.
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options?.credentials) {
      const { token } = await this.deps.auth.getPluginRequestToken({
        onBehalfOf: options.credentials,
        targetPluginId: 'agent-coordination',
      });
      headers.Authorization = `Bearer ${token}`;
    }
    if (options?.idempotencyKey)
      headers['Idempotency-Key'] = options.idempotencyKey;
    if (body) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

/** `?a=1&b=x` of the filters that are set; an unset filter is no filter, not an empty one. */
function queryString(
  query: Record<string, string | number | boolean | undefined | null>,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
