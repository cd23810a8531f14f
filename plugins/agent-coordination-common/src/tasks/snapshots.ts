import type { CreateTaskRequest, TaskDependency, TaskSnapshot } from '../api';
import { sortDependencies } from './dependencies';

/**
 * The next version of a task: `changes` over `before`, one version up. Both
 * write paths of a change (one transaction per request, and the group commit
 * of transitions) build it here, so the two cannot disagree on what a change
 * stores.
 * @public
 */
export function nextSnapshot(
  before: TaskSnapshot,
  changes: Partial<TaskSnapshot>,
  nowIso: string,
): TaskSnapshot {
  const next = { ...before, ...changes, version: before.version + 1, updatedAt: nowIso };
  if (next.state !== before.state) next.stateEnteredAt = nowIso;
  return next;
}

/** A new task in the lifecycle's initial state. Labels are deduplicated and sorted. @public */
export function newTaskSnapshot(
  input: CreateTaskRequest,
  options: {
    id: string;
    initial: string;
    createdBy: string;
    nowIso: string;
    dependencies: TaskDependency[];
  },
): TaskSnapshot {
  return {
    id: options.id,
    title: input.title,
    description: input.description ?? null,
    kind: input.kind,
    component: input.component ?? null,
    assignee: input.assignee ?? null,
    priority: input.priority ?? 'P2',
    estimate: input.estimate ?? null,
    dueDate: input.dueDate ?? null,
    labels: [...new Set(input.labels ?? [])].sort(),
    state: options.initial,
    version: 1,
    dependencies: sortDependencies(options.dependencies),
    createdBy: options.createdBy,
    stateEnteredAt: options.nowIso,
    createdAt: options.nowIso,
    updatedAt: options.nowIso,
  };
}
