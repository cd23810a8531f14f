import type {
  Priority,
  TaskDependency,
  TaskSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { DependencyRow, TaskRow } from './tables';

export function taskToRow(task: TaskSnapshot): TaskRow {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    kind: task.kind,
    component: task.component,
    assignee: task.assignee,
    priority: task.priority,
    estimate: task.estimate,
    due_date: task.dueDate,
    state: task.state,
    version: task.version,
    created_by: task.createdBy,
    created_at: task.createdAt,
    updated_at: task.updatedAt,
    state_entered_at: task.stateEnteredAt,
  };
}

export function dependencyToRow(taskId: string, dep: TaskDependency) {
  return {
    task_id: taskId,
    depends_on_id: dep.taskId,
    blocking: dep.blocking,
    source: dep.source,
    timeout: dep.timeout,
    deadline_at: dep.deadlineAt,
    created_at: dep.createdAt,
  };
}

export function rowToDependency(row: DependencyRow): TaskDependency {
  return {
    taskId: row.depends_on_id,
    blocking: Boolean(row.blocking),
    source: row.source === 'explicit' ? 'explicit' : 'rule',
    timeout: row.timeout,
    deadlineAt: row.deadline_at,
    createdAt: row.created_at,
  };
}

/** Labels and dependencies come sorted so equal tasks compare equal. */
export function rowToTask(
  row: TaskRow,
  labels: string[],
  dependencies: TaskDependency[],
): TaskSnapshot {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    component: row.component,
    assignee: row.assignee,
    priority: row.priority as Priority,
    estimate: row.estimate === null ? null : Number(row.estimate),
    dueDate: row.due_date,
    labels: [...labels].sort(),
    state: row.state,
    version: Number(row.version),
    dependencies: [...dependencies].sort((a, b) => compare(a.taskId, b.taskId)),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    stateEnteredAt: row.state_entered_at,
  };
}

/** Code-unit order: the same on every engine and in every locale. */
export function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
