import { createApiRef } from '@backstage/core-plugin-api';
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

/** Options of a change: a retry with the same key changes nothing twice. @public */
export interface ChangeOptions {
  idempotencyKey?: string;
}

/**
 * The agent-coordination backend's API, typed by its OpenAPI document.
 * Errors are ResponseErrors carrying the backend's body
 * (`error.body.error.message`, and `error.body.error.code` for a refusal by
 * the framework's rules; a stale version's body also carries the current
 * task or conflict).
 * @public
 */
export interface AgentCoordinationApi {
  /** The loaded framework: tiers, agents (groups resolved), lifecycle, conflict rules. */
  getFramework(): Promise<CoordinationFramework>;
  getHealth(): Promise<Health>;
  /** Who the signed-in user acts as: their framework agent (or none: read only) and groups. */
  getWhoami(): Promise<Whoami>;
  /** Every Agent entity the user may see, with derived counts. */
  getAgents(): Promise<AgentList>;
  /** The agents' dependency graph and its analysis (cycles, critical path). */
  getAgentGraph(): Promise<AgentGraph>;
  /** Which agents own a repository path, e.g. `components/terraform/vpc/main.tf`. */
  lookupOwnership(path: string): Promise<OwnershipLookup>;

  listTasks(query?: ListTasksQuery): Promise<TaskPage>;
  getTask(id: string): Promise<Task>;
  createTask(body: CreateTaskRequest, options?: ChangeOptions): Promise<TaskChange>;
  updateTask(id: string, body: UpdateTaskRequest): Promise<TaskChange>;
  /** What the user may do with the task now: the UI offers exactly this. */
  getTaskTransitions(id: string): Promise<AllowedTransitions>;
  transitionTask(id: string, body: TransitionRequest, options?: ChangeOptions): Promise<TaskChange>;
  addTaskDependency(id: string, body: AddDependencyRequest, options?: ChangeOptions): Promise<TaskChange>;
  removeTaskDependency(id: string, dependsOnId: string, version?: number): Promise<TaskChange>;
  getTaskEvents(id: string, cursor?: string): Promise<EventPage>;
  /** Every change the user may read, newest first. */
  getEvents(cursor?: string): Promise<EventPage>;

  getEscalationMatrix(): Promise<EscalationMatrix>;
  listConflicts(query?: ListConflictsQuery): Promise<ConflictPage>;
  getConflict(id: string): Promise<Conflict>;
  /** What the user may do with the conflict now. */
  getConflictActions(id: string): Promise<ConflictActionsAllowed>;
  openConflict(body: OpenConflictRequest, options?: ChangeOptions): Promise<Conflict>;
  voteOnConflict(id: string, body: VoteRequest): Promise<Conflict>;
  resolveConflict(id: string, body: ResolveConflictRequest): Promise<Conflict>;
  escalateConflict(id: string, body: EscalateConflictRequest): Promise<Conflict>;
  getConflictEvents(id: string, cursor?: string): Promise<EventPage>;
  submitChangeSet(body: ChangeSetRequest): Promise<ChangeSetAnswer>;

  /** Sends a message (§3.2) as the user's agent, to one agent or to ALL. */
  sendMessage(body: SendMessageRequest, options?: ChangeOptions): Promise<Message>;
  /** Messages the user may read, newest first; a thread is `{ thread }`. */
  listMessages(query?: ListMessagesQuery): Promise<MessagePage>;
  /** One message, with the user's agent's read state. */
  getMessage(id: string): Promise<Message>;
  /** Marks the message read for the user's agent, which must be a recipient. */
  markMessageRead(id: string): Promise<Message>;
  /** An agent's inbox, newest first, with its unread counts. */
  getInbox(agent: string, query?: InboxQuery): Promise<Inbox>;

  /** Handoffs the user may read, newest first (§3.3). */
  listHandoffs(query?: ListHandoffsQuery): Promise<HandoffPage>;
  /** One handoff, with its checklist and whether it is overdue. */
  getHandoff(id: string): Promise<Handoff>;
  /** What the user may do with the handoff now: the UI offers exactly this. */
  getHandoffActions(id: string): Promise<HandoffActions>;
  /** The handoff as Appendix B's markdown document. */
  getHandoffDocument(id: string): Promise<string>;
  getHandoffEvents(id: string, cursor?: string): Promise<EventPage>;
  /** Opens a handoff from the user's agent (initiation). */
  openHandoff(body: OpenHandoffRequest, options?: ChangeOptions): Promise<Handoff>;
  /** The sender changes a draft: title, content, attested checks. */
  updateHandoff(id: string, body: EditHandoffRequest, options?: ChangeOptions): Promise<Handoff>;
  reportHandoffChecks(id: string, body: ReportHandoffChecksRequest, options?: ChangeOptions): Promise<Handoff>;
  /** Refused (422, the missing checks named) while the mandatory checklist fails. */
  transferHandoff(id: string, body: TransferHandoffRequest, options?: ChangeOptions): Promise<Handoff>;
  acknowledgeHandoff(id: string, body: HandoffVersionRequest, options?: ChangeOptions): Promise<Handoff>;
  requestHandoffClarification(id: string, body: HandoffClarificationRequest, options?: ChangeOptions): Promise<Handoff>;
  answerHandoffClarification(id: string, body: HandoffAnswerRequest, options?: ChangeOptions): Promise<Handoff>;
  completeHandoff(id: string, body: HandoffVersionRequest, options?: ChangeOptions): Promise<Handoff>;
}

/**
 * @public
 */
export const agentCoordinationApiRef = createApiRef<AgentCoordinationApi>({
  id: 'plugin.agent-coordination.api',
});
