import type { BackstageCredentials } from '@backstage/backend-plugin-api';
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

/**
 * How a call is made: on behalf of `credentials` (the caller's permissions
 * and the framework's rules for the caller's agent apply), and for writes
 * optionally with an idempotency key, so a retried call (a scaffolder step
 * run again after a restart) changes nothing twice.
 * @public
 */
export interface AgentCoordinationCallOptions {
  credentials: BackstageCredentials;
  idempotencyKey?: string;
}

/**
 * What other backend plugins and modules (the scaffolder actions, your own)
 * use to talk to Agent Coordination over its API. A refusal comes back as
 * the API's error (a ResponseError with its status, message and code).
 * @public
 */
export interface AgentCoordinationService {
  getHealth(): Promise<Health>;
  getFramework(options: {
    credentials: BackstageCredentials;
  }): Promise<CoordinationFramework>;
  /** The backend's one answer to "who owns this path" (GET /ownership). */
  lookupOwnership(
    path: string,
    options: { credentials: BackstageCredentials },
  ): Promise<OwnershipLookup>;
  /** POST /tasks. */
  createTask(
    request: CreateTaskRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<TaskChange>;
  /** GET /tasks/{id}. */
  getTask(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Task>;
  /** GET /tasks: one page, in creation order; follow `nextCursor` for the next. */
  listTasks(
    query: ListTasksQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<TaskPage>;
  /** POST /tasks/{id}/transitions. */
  transitionTask(
    id: string,
    request: TransitionRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<TaskChange>;
  /** POST /tasks/{id}/dependencies. */
  addTaskDependency(
    id: string,
    request: AddDependencyRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<TaskChange>;
  /** POST /conflicts. */
  openConflict(
    request: OpenConflictRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Conflict>;
  /** GET /conflicts/{id}. */
  getConflict(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Conflict>;
  /** GET /conflicts: one page, breached and nearest deadline first. */
  listConflicts(
    query: ListConflictsQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<ConflictPage>;
  /** POST /conflicts/{id}/escalation. */
  escalateConflict(
    id: string,
    request: EscalateConflictRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Conflict>;
  /** POST /conflicts/{id}/resolution. */
  resolveConflict(
    id: string,
    request: ResolveConflictRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Conflict>;
  /** POST /change-sets: each path's owners, and the ownership conflicts the change opens. */
  submitChangeSet(
    request: ChangeSetRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<ChangeSetAnswer>;
  /** POST /messages: as the caller's agent; a RESPONSE answers the REQUEST its correlationId names. */
  sendMessage(
    request: SendMessageRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Message>;
  /** GET /messages/{id}. */
  getMessage(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Message>;
  /** GET /messages: one page, newest first; follow `nextCursor` for the next. */
  listMessages(
    query: ListMessagesQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<MessagePage>;
  /** GET /agents/{key}/inbox: one page of an agent's inbox with its unread counts. */
  getInbox(
    agent: string,
    query: InboxQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<Inbox>;
  /** POST /messages/{id}/read: for the caller's agent; again, nothing changes. */
  markMessageRead(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Message>;
  /**
   * POST /handoffs: a handoff at initiation (a draft, not yet transferred),
   * from the caller's agent unless the context manager names another sender.
   */
  openHandoff(
    request: OpenHandoffRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff>;
  /** GET /handoffs/{id}, as JSON with its checklist (not the markdown document). */
  getHandoff(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Handoff>;
  /** GET /handoffs: one page, newest first; follow `nextCursor` for the next. */
  listHandoffs(
    query: ListHandoffsQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<HandoffPage>;
  /** POST /handoffs/{id}/transfer: by the sender; a 422 names the mandatory checks that fail. */
  transferHandoff(
    id: string,
    request: TransferHandoffRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff>;
  /** POST /handoffs/{id}/acknowledgment: by the receiver; releases the tasks it blocks. */
  acknowledgeHandoff(
    id: string,
    request: HandoffVersionRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff>;
  /** POST /handoffs/{id}/clarifications: the receiver asks the sender before accepting. */
  requestHandoffClarification(
    id: string,
    request: HandoffClarificationRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff>;
  /** POST /handoffs/{id}/clarifications/answer: the sender answers the open question. */
  answerHandoffClarification(
    id: string,
    request: HandoffAnswerRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff>;
  /** POST /handoffs/{id}/completion: archives an acknowledged handoff. */
  completeHandoff(
    id: string,
    request: HandoffVersionRequest,
    options: AgentCoordinationCallOptions,
  ): Promise<Handoff>;
}
