/*
 * Request and response bodies of the task routes (see the backend's
 * src/schema/openapi.yaml). Shared by the router, the frontend client and the
 * scaffolder actions so the three cannot drift apart.
 */

/** Task priority, P0 most urgent. @public */
export type TaskPriority = 'P0' | 'P1' | 'P2' | 'P3';

/** One dependency of a task on another. @public */
export interface TaskDependency {
  /** The task depended on: it has to finish first. */
  taskId: string;
  blocking: boolean;
  /** 'explicit' when the caller chose `blocking`, 'rule' when the framework's §5.2 rules did. */
  source: 'rule' | 'explicit';
  /** Framework duration, e.g. '24h'; a blocking dependency unfinished past it raises an alert. */
  timeout: string;
  /** ISO 8601 time the timeout runs out. */
  deadlineAt: string;
  createdAt: string;
}

/** A task as stored: what the event log records and replays. @public */
export interface TaskSnapshot {
  id: string;
  title: string;
  description: string | null;
  /** A framework work kind id (§5.2), e.g. 'api_development'. */
  kind: string;
  /** Catalog entity ref, normalised, e.g. 'component:default/vpc'. */
  component: string | null;
  /** Framework agent key, e.g. 'network_engineer'. */
  assignee: string | null;
  priority: TaskPriority;
  /** Estimated effort in hours. */
  estimate: number | null;
  /** YYYY-MM-DD. */
  dueDate: string | null;
  labels: string[];
  /** A framework lifecycle state. */
  state: string;
  /** Increases with every change; send it back to change the task. */
  version: number;
  dependencies: TaskDependency[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A task as served: the stored task plus what is derived from its dependencies. @public */
export interface Task extends TaskSnapshot {
  /** Ids of the blocking dependencies that are not COMPLETED yet. */
  blockedBy: string[];
}

/** A non-blocking dependency that is not finished: work may go on, with care. @public */
export interface TaskWarning {
  taskId: string;
  message: string;
}

/** Body of POST /tasks. @public */
export interface CreateTaskRequest {
  title: string;
  description?: string | null;
  kind: string;
  component?: string | null;
  assignee?: string | null;
  priority?: TaskPriority;
  estimate?: number | null;
  dueDate?: string | null;
  labels?: string[];
  dependencies?: Array<{ taskId: string; blocking?: boolean }>;
}

/** Body of PATCH /tasks/\{id\}: the fields to change and the version they were read at. @public */
export interface UpdateTaskRequest {
  version: number;
  title?: string;
  description?: string | null;
  kind?: string;
  component?: string | null;
  assignee?: string | null;
  priority?: TaskPriority;
  estimate?: number | null;
  dueDate?: string | null;
  labels?: string[];
}

/** Body of POST /tasks/\{id\}/transitions. @public */
export interface TransitionTaskRequest {
  to: string;
  version: number;
  reason?: string;
}

/** Body of POST /tasks/\{id\}/dependencies. @public */
export interface AddDependencyRequest {
  taskId: string;
  blocking?: boolean;
  version: number;
}

/** Response of the task-changing routes. @public */
export interface TaskChangeResponse {
  task: Task;
  warnings: TaskWarning[];
}

/** Query of GET /tasks. @public */
export interface ListTasksQuery {
  state?: string;
  assignee?: string;
  tier?: number;
  component?: string;
  priority?: TaskPriority;
  label?: string;
  text?: string;
  cursor?: string;
  limit?: number;
}

/** A page of results; pass `nextCursor` back as `cursor` for the next one. @public */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One allowed next state, for GET /tasks/\{id\}/transitions. @public */
export interface AllowedTransition {
  to: string;
  trigger: string;
}

/** Response of GET /tasks/\{id\}/transitions. @public */
export interface AllowedTransitionsResponse {
  state: string;
  version: number;
  /** The framework agent the caller acts as, if any. */
  agent: string | null;
  roles: string[];
  transitions: AllowedTransition[];
}

/** One row of the append-only event log. @public */
export interface CoordinationEvent {
  id: number;
  /** e.g. task.created, task.transitioned, task.blocked, dependency.overdue */
  type: string;
  /** Who did it: a user or service principal, or 'system:agent-coordination'. */
  actor: string;
  /** The framework agent the actor acted as, if any. */
  actorAgent: string | null;
  subject: { type: string; id: string };
  before: unknown;
  after: unknown;
  reason: string | null;
  createdAt: string;
}
