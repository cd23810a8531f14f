import type { TaskSnapshot } from '../api';

/*
 * Every event a task can have, in one place. Events that change a task
 * carry it whole before and after, so the log alone rebuilds every task
 * (replayTasks); alerts change no task and carry what they are about.
 */

/** The subject type of task events. @public */
export const TASK_SUBJECT = 'task';

/** Event types that change a task. @public */
export const TASK_CHANGES = {
  created: 'task.created',
  updated: 'task.updated',
  transitioned: 'task.transitioned',
  blocked: 'task.blocked',
  unblocked: 'task.unblocked',
  dependencyAdded: 'task.dependency_added',
  dependencyRemoved: 'task.dependency_removed',
} as const;

/** Event types that record something about a task without changing it. @public */
export const TASK_ALERTS = {
  dependencyOverdue: 'dependency.overdue',
  dependencyFailed: 'task.dependency_failed',
} as const;

/** @public */
export type TaskChangeType = (typeof TASK_CHANGES)[keyof typeof TASK_CHANGES];
/** @public */
export type TaskAlertType = (typeof TASK_ALERTS)[keyof typeof TASK_ALERTS];

/** What an overdue blocking dependency's alert says. @public */
export interface OverdueDependencyAlert {
  dependsOnId: string;
  dependsOnState: string;
  timeout: string;
  deadlineAt: string;
  overdueBy: string;
}

/** What a failed blocking dependency's alert says. @public */
export interface FailedDependencyAlert {
  dependsOnId: string;
  dependsOnState: string;
  /** Whom the alert is for: the dependent's assignee and the context manager(s). */
  notify: string[];
}

interface Body<T extends string, B, A> {
  subject: { type: typeof TASK_SUBJECT; id: string };
  type: T;
  before: B;
  after: A;
  reason: string | null;
}

/** An event about a task, as written (the log adds id, actor and time). @public */
export type TaskEventBody =
  | Body<typeof TASK_CHANGES.created, null, TaskSnapshot>
  | Body<Exclude<TaskChangeType, typeof TASK_CHANGES.created>, TaskSnapshot, TaskSnapshot>
  | Body<typeof TASK_ALERTS.dependencyOverdue, null, OverdueDependencyAlert>
  | Body<typeof TASK_ALERTS.dependencyFailed, null, FailedDependencyAlert>;

const CHANGE_TYPES = new Set<string>(Object.values(TASK_CHANGES));

/** Whether an event of this type changes the task it is about. @public */
export function isTaskChange(type: string): type is TaskChangeType {
  return CHANGE_TYPES.has(type);
}

/** The event of a change to a task, `before` null for a creation. @public */
export function taskChangeEvent(
  type: TaskChangeType,
  before: TaskSnapshot | null,
  after: TaskSnapshot,
  reason: string | null,
): TaskEventBody {
  return { subject: { type: TASK_SUBJECT, id: after.id }, type, before, after, reason } as TaskEventBody;
}
