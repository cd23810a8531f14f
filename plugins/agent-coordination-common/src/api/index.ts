/*
 * The API's wire shapes, by the names the OpenAPI document gives them
 * (plugins/agent-coordination-backend/src/schema/openapi.yaml). Everything
 * here is derived from ./generated/openapi.ts, which
 * scripts/generate-openapi.mjs writes from that document; only what the
 * document cannot say precisely (the catalog entity inside an AgentSummary)
 * is narrowed here.
 */
import type { AgentEntityV1alpha1 } from '../kind/AgentEntityV1alpha1';
import type { components, operations, paths } from './generated/openapi';

export type { components, operations, paths };

type Schemas = components['schemas'];

/** Error body of every 4xx and 5xx. @public */
export type ErrorBody = Schemas['Error'];
/** Response of GET /health. @public */
export type Health = Schemas['Health'];
/** Response of GET /whoami. @public */
export type Whoami = Schemas['Whoami'];
/** Response of GET /framework/analysis. @public */
export type FrameworkAnalysisResponse = Schemas['FrameworkAnalysis'];

/** One dependency edge between two agents, by full entity ref. @public */
export type AgentLink = Schemas['AgentLink'];
/** An Agent entity with what the backend derives from all agents. @public */
export type AgentSummary = Omit<Schemas['AgentSummary'], 'entity'> & {
  entity: AgentEntityV1alpha1;
};
/** Response of GET /agents. @public */
export interface AgentList {
  items: AgentSummary[];
}
/** A node of the agent graph. @public */
export type AgentGraphNode = Schemas['AgentGraphNode'];
/** An edge of the agent graph: `from` depends on `to`. @public */
export type AgentGraphEdge = Schemas['AgentGraphEdge'];
/** Response of GET /agents/graph. @public */
export type AgentGraph = Schemas['AgentGraph'];

/** An agent glob that matches a looked-up path. @public */
export type OwnershipMatch = Schemas['OwnershipMatch'];
/** Two matching globs of different agents. @public */
export type OwnershipOverlap = Schemas['OwnershipOverlap'];
/** Response of GET /ownership. @public */
export type OwnershipLookup = Schemas['OwnershipLookup'];

/** Task priority, P0 most urgent. @public */
export type Priority = Schemas['Priority'];
/** One dependency of a task on another. @public */
export type TaskDependency = Schemas['TaskDependency'];
/** A task as stored: what the event log records and replays. @public */
export type TaskSnapshot = Schemas['TaskSnapshot'];
/** A task as served. @public */
export type Task = Schemas['Task'];
/** A non-blocking dependency that is not finished. @public */
export type TaskWarning = Schemas['TaskWarning'];
/** Response of the task-changing routes. @public */
export type TaskChange = Schemas['TaskChange'];
/** A page of GET /tasks. @public */
export type TaskPage = Schemas['TaskPage'];
/** Body of POST /tasks. @public */
export type CreateTaskRequest = Schemas['CreateTaskRequest'];
/** Body of PATCH /tasks/\{id\}. @public */
export type UpdateTaskRequest = Schemas['UpdateTaskRequest'];
/** Body of POST /tasks/\{id\}/transitions. @public */
export type TransitionRequest = Schemas['TransitionRequest'];
/** Body of POST /tasks/\{id\}/dependencies. @public */
export type AddDependencyRequest = Schemas['AddDependencyRequest'];
/** Query of GET /tasks. @public */
export type ListTasksQuery = NonNullable<
  operations['listTasks']['parameters']['query']
>;
/** One allowed next state. @public */
export type AllowedTransition = Schemas['AllowedTransition'];
/** What else a caller may do with a task now. @public */
export type TaskActionsAllowed = Schemas['TaskActions'];
/** Response of GET /tasks/\{id\}/transitions. @public */
export type AllowedTransitions = Schemas['AllowedTransitions'];
/** One row of the append-only event log. @public */
export type CoordinationEvent = Schemas['CoordinationEvent'];
/** A page of events. @public */
export type EventPage = Schemas['EventPage'];

/** An escalation level. @public */
export type Level = Schemas['Level'];
/** Who decides at a level. @public */
export type Authority = Schemas['Authority'];
/** What a conflict is about. @public */
export type ConflictSubject = Schemas['ConflictSubject'];
/** A party's vote on a conflict. @public */
export type ConflictVote = Schemas['ConflictVote'];
/** How a conflict was decided. @public */
export type ConflictResolution = NonNullable<
  Schemas['ConflictSnapshot']['resolution']
>;
/** A conflict as stored: what the event log records. @public */
export type ConflictSnapshot = Schemas['ConflictSnapshot'];
/** A conflict as served. @public */
export type Conflict = Schemas['Conflict'];
/** A page of GET /conflicts. @public */
export type ConflictPage = Schemas['ConflictPage'];
/** Body of POST /conflicts. @public */
export type OpenConflictRequest = Schemas['OpenConflictRequest'];
/** Body of POST /conflicts/\{id\}/votes. @public */
export type VoteRequest = Schemas['VoteRequest'];
/** Body of POST /conflicts/\{id\}/resolution. @public */
export type ResolveConflictRequest = Schemas['ResolveConflictRequest'];
/** Body of POST /conflicts/\{id\}/escalation. @public */
export type EscalateConflictRequest = Schemas['EscalateConflictRequest'];
/** Response of GET /conflicts/\{id\}/actions. @public */
export type ConflictActionsAllowed = Schemas['ConflictActions'];
/** Query of GET /conflicts. @public */
export type ListConflictsQuery = NonNullable<
  operations['listConflicts']['parameters']['query']
>;
/** Body of POST /change-sets. @public */
export type ChangeSetRequest = Schemas['ChangeSetRequest'];
/** Response of POST /change-sets. @public */
export type ChangeSetAnswer = Schemas['ChangeSetAnswer'];
/** Response of GET /escalation-matrix. @public */
export type EscalationMatrix = Schemas['EscalationMatrix'];

/** An artifact a message points at. @public */
export type MessageArtifact = Schemas['MessageArtifact'];
/** A dependency a message declares. @public */
export type MessageDependency = Schemas['MessageDependency'];
/** A message as stored: what the event log records. @public */
export type MessageSnapshot = Schemas['MessageSnapshot'];
/** A message as served, with the reader's read state. @public */
export type Message = Schemas['Message'];
/** A page of GET /messages. @public */
export type MessagePage = Schemas['MessagePage'];
/** Response of GET /agents/\{key\}/inbox. @public */
export type Inbox = Schemas['Inbox'];
/** Body of POST /messages. @public */
export type SendMessageRequest = Schemas['SendMessageRequest'];
/** Query of GET /messages. @public */
export type ListMessagesQuery = NonNullable<
  operations['listMessages']['parameters']['query']
>;
/** Query of GET /agents/\{key\}/inbox. @public */
export type InboxQuery = NonNullable<
  operations['getInbox']['parameters']['query']
>;

/** A handoff's id (a UUID). @public */
export type HandoffId = Schemas['HandoffId'];
/** The last of the framework's handoff stages a handoff has passed. @public */
export type HandoffStage = Schemas['HandoffStage'];
/** Whose turn it is in a handoff. @public */
export type HandoffStatus = Schemas['HandoffStatus'];
/** An artifact handed over (Appendix B). @public */
export type HandoffArtifact = Schemas['HandoffArtifact'];
/** What a handoff hands over: Appendix B's template. @public */
export type HandoffContent = Schemas['HandoffContent'];
/** One mandatory check and whether it passes. @public */
export type HandoffCheck = Schemas['HandoffCheck'];
/** One automated check's reported result. @public */
export type HandoffAutomatedCheck = Schemas['HandoffAutomatedCheck'];
/** A receiver's question and the sender's answer. @public */
export type HandoffClarification = Schemas['HandoffClarification'];
/** A handoff as stored and as its events carry it. @public */
export type HandoffSnapshot = Schemas['HandoffSnapshot'];
/** A handoff as served. @public */
export type Handoff = Schemas['Handoff'];
/** Response of GET /handoffs. @public */
export type HandoffPage = Schemas['HandoffPage'];
/** Response of GET /handoffs/{id}/actions. @public */
export type HandoffActions = Schemas['HandoffActions'];
/** Body of POST /handoffs. @public */
export type OpenHandoffRequest = Schemas['OpenHandoffRequest'];
/** The content fields of an opening or an edit, each optional. @public */
export type HandoffContentInput = Schemas['HandoffContentInput'];
/** Body of PATCH /handoffs/{id}: a draft's changes. @public */
export type EditHandoffRequest = Schemas['EditHandoffRequest'];
/** Body of POST /handoffs/{id}/validation. @public */
export type ReportHandoffChecksRequest = Schemas['ReportHandoffChecksRequest'];
/** Body of POST /handoffs/{id}/transfer. @public */
export type TransferHandoffRequest = Schemas['TransferHandoffRequest'];
/** Body of POST /handoffs/{id}/acknowledgment and /completion. @public */
export type HandoffVersionRequest = Schemas['HandoffVersionRequest'];
/** Body of POST /handoffs/{id}/clarifications. @public */
export type HandoffClarificationRequest = Schemas['HandoffClarificationRequest'];
/** Body of POST /handoffs/{id}/clarifications/answer. @public */
export type HandoffAnswerRequest = Schemas['HandoffAnswerRequest'];
/** Query of GET /handoffs. @public */
export type ListHandoffsQuery = NonNullable<operations['listHandoffs']['parameters']['query']>;
