import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AddDependencyRequest,
  AgentGraph,
  AgentList,
  AllowedTransitions,
  ChangeSetAnswer,
  ChangeSetRequest,
  Conflict,
  ConflictActionsAllowed,
  ConflictPage,
  CoordinationFramework,
  CreateTaskRequest,
  EscalateConflictRequest,
  EscalationMatrix,
  EventPage,
  EditHandoffRequest,
  Handoff,
  HandoffActions,
  HandoffAnswerRequest,
  HandoffClarificationRequest,
  HandoffPage,
  HandoffVersionRequest,
  ListHandoffsQuery,
  OpenHandoffRequest,
  ReportHandoffChecksRequest,
  TransferHandoffRequest,
  Health,
  Inbox,
  InboxQuery,
  ListMessagesQuery,
  Message,
  MessagePage,
  SendMessageRequest,
  ListConflictsQuery,
  ListTasksQuery,
  OpenConflictRequest,
  OwnershipLookup,
  ResolveConflictRequest,
  Task,
  TaskChange,
  TaskPage,
  TransitionRequest,
  UpdateTaskRequest,
  VoteRequest,
  Whoami,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentCoordinationApi, ChangeOptions } from './AgentCoordinationApi';

type Query = Record<string, string | number | boolean | undefined>;

function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

const id = (value: string) => encodeURIComponent(value);

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
    return this.request('GET', '/framework');
  }

  getHealth(): Promise<Health> {
    return this.request('GET', '/health');
  }

  getWhoami(): Promise<Whoami> {
    return this.request('GET', '/whoami');
  }

  getAgents(): Promise<AgentList> {
    return this.request('GET', '/agents');
  }

  getAgentGraph(): Promise<AgentGraph> {
    return this.request('GET', '/agents/graph');
  }

  lookupOwnership(path: string): Promise<OwnershipLookup> {
    return this.request('GET', `/ownership${queryString({ path })}`);
  }

  listTasks(query?: ListTasksQuery): Promise<TaskPage> {
    return this.request('GET', `/tasks${queryString(query)}`);
  }

  getTask(taskId: string): Promise<Task> {
    return this.request('GET', `/tasks/${id(taskId)}`);
  }

  createTask(body: CreateTaskRequest, options?: ChangeOptions): Promise<TaskChange> {
    return this.request('POST', '/tasks', body, options);
  }

  updateTask(taskId: string, body: UpdateTaskRequest): Promise<TaskChange> {
    return this.request('PATCH', `/tasks/${id(taskId)}`, body);
  }

  getTaskTransitions(taskId: string): Promise<AllowedTransitions> {
    return this.request('GET', `/tasks/${id(taskId)}/transitions`);
  }

  transitionTask(taskId: string, body: TransitionRequest, options?: ChangeOptions): Promise<TaskChange> {
    return this.request('POST', `/tasks/${id(taskId)}/transitions`, body, options);
  }

  addTaskDependency(taskId: string, body: AddDependencyRequest, options?: ChangeOptions): Promise<TaskChange> {
    return this.request('POST', `/tasks/${id(taskId)}/dependencies`, body, options);
  }

  removeTaskDependency(taskId: string, dependsOnId: string, version?: number): Promise<TaskChange> {
    return this.request('DELETE', `/tasks/${id(taskId)}/dependencies/${id(dependsOnId)}${queryString({ version })}`);
  }

  getTaskEvents(taskId: string, cursor?: string): Promise<EventPage> {
    return this.request('GET', `/tasks/${id(taskId)}/events${queryString({ cursor, limit: 200 })}`);
  }

  getEvents(cursor?: string): Promise<EventPage> {
    return this.request('GET', `/events${queryString({ cursor, limit: 100 })}`);
  }

  getEscalationMatrix(): Promise<EscalationMatrix> {
    return this.request('GET', '/escalation-matrix');
  }

  listConflicts(query?: ListConflictsQuery): Promise<ConflictPage> {
    return this.request('GET', `/conflicts${queryString(query)}`);
  }

  getConflict(conflictId: string): Promise<Conflict> {
    return this.request('GET', `/conflicts/${id(conflictId)}`);
  }

  getConflictActions(conflictId: string): Promise<ConflictActionsAllowed> {
    return this.request('GET', `/conflicts/${id(conflictId)}/actions`);
  }

  openConflict(body: OpenConflictRequest, options?: ChangeOptions): Promise<Conflict> {
    return this.request('POST', '/conflicts', body, options);
  }

  voteOnConflict(conflictId: string, body: VoteRequest): Promise<Conflict> {
    return this.request('POST', `/conflicts/${id(conflictId)}/votes`, body);
  }

  resolveConflict(conflictId: string, body: ResolveConflictRequest): Promise<Conflict> {
    return this.request('POST', `/conflicts/${id(conflictId)}/resolution`, body);
  }

  escalateConflict(conflictId: string, body: EscalateConflictRequest): Promise<Conflict> {
    return this.request('POST', `/conflicts/${id(conflictId)}/escalation`, body);
  }

  getConflictEvents(conflictId: string, cursor?: string): Promise<EventPage> {
    return this.request('GET', `/conflicts/${id(conflictId)}/events${queryString({ cursor, limit: 200 })}`);
  }

  submitChangeSet(body: ChangeSetRequest): Promise<ChangeSetAnswer> {
    return this.request('POST', '/change-sets', body);
  }

  sendMessage(body: SendMessageRequest, options?: ChangeOptions): Promise<Message> {
    return this.request('POST', '/messages', body, options);
  }

  listMessages(query?: ListMessagesQuery): Promise<MessagePage> {
    return this.request('GET', `/messages${queryString(query)}`);
  }

  getMessage(messageId: string): Promise<Message> {
    return this.request('GET', `/messages/${id(messageId)}`);
  }

  markMessageRead(messageId: string): Promise<Message> {
    return this.request('POST', `/messages/${id(messageId)}/read`);
  }

  getInbox(agent: string, query?: InboxQuery): Promise<Inbox> {
    return this.request('GET', `/agents/${id(agent)}/inbox${queryString(query)}`);
  }

  listHandoffs(query?: ListHandoffsQuery): Promise<HandoffPage> {
    return this.request('GET', `/handoffs${queryString(query)}`);
  }

  getHandoff(handoffId: string): Promise<Handoff> {
    return this.request('GET', `/handoffs/${id(handoffId)}`);
  }

  getHandoffActions(handoffId: string): Promise<HandoffActions> {
    return this.request('GET', `/handoffs/${id(handoffId)}/actions`);
  }

  getHandoffDocument(handoffId: string): Promise<string> {
    return this.request('GET', `/handoffs/${id(handoffId)}/document`, undefined, undefined, 'text');
  }

  getHandoffEvents(handoffId: string, cursor?: string): Promise<EventPage> {
    return this.request('GET', `/handoffs/${id(handoffId)}/events${queryString({ cursor, limit: 200 })}`);
  }

  openHandoff(body: OpenHandoffRequest, options?: ChangeOptions): Promise<Handoff> {
    return this.request('POST', '/handoffs', body, options);
  }

  updateHandoff(handoffId: string, body: EditHandoffRequest, options?: ChangeOptions): Promise<Handoff> {
    return this.request('PATCH', `/handoffs/${id(handoffId)}`, body, options);
  }

  reportHandoffChecks(handoffId: string, body: ReportHandoffChecksRequest, options?: ChangeOptions): Promise<Handoff> {
    return this.request('POST', `/handoffs/${id(handoffId)}/validation`, body, options);
  }

  transferHandoff(handoffId: string, body: TransferHandoffRequest, options?: ChangeOptions): Promise<Handoff> {
    return this.request('POST', `/handoffs/${id(handoffId)}/transfer`, body, options);
  }

  acknowledgeHandoff(handoffId: string, body: HandoffVersionRequest, options?: ChangeOptions): Promise<Handoff> {
    return this.request('POST', `/handoffs/${id(handoffId)}/acknowledgment`, body, options);
  }

  requestHandoffClarification(
    handoffId: string,
    body: HandoffClarificationRequest,
    options?: ChangeOptions,
  ): Promise<Handoff> {
    return this.request('POST', `/handoffs/${id(handoffId)}/clarifications`, body, options);
  }

  answerHandoffClarification(handoffId: string, body: HandoffAnswerRequest, options?: ChangeOptions): Promise<Handoff> {
    return this.request('POST', `/handoffs/${id(handoffId)}/clarifications/answer`, body, options);
  }

  completeHandoff(handoffId: string, body: HandoffVersionRequest, options?: ChangeOptions): Promise<Handoff> {
    return this.request('POST', `/handoffs/${id(handoffId)}/completion`, body, options);
  }

  private async request<T>(
    method: string,
    path: string,
    body?: unknown,
    options?: ChangeOptions,
    as: 'json' | 'text' = 'json',
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('agent-coordination');
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (options?.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    // fetchApi, not the global fetch: it attaches the user's Backstage token,
    // which the backend's default auth policy requires.
    const res = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (as === 'text' ? await res.text() : await res.json()) as T;
  }
}
