import {
  classifyDependency,
  parseDuration,
  type CoordinationFramework,
  type TaskDependency,
  type TaskSnapshot,
  type UpdateTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';

/** A new dependency of a task of kind `dependentKind` on `target`, classified by the framework's §5.2 rules. */
export function buildDependency(
  framework: CoordinationFramework,
  dependentKind: string,
  target: Pick<TaskSnapshot, 'id' | 'kind'>,
  explicitBlocking: boolean | undefined,
  now: Date,
): { dependency: TaskDependency; rule: string | undefined } {
  const c = classifyDependency(
    framework.dependencyRules,
    dependentKind,
    target.kind,
    explicitBlocking,
  );
  return {
    dependency: {
      taskId: target.id,
      blocking: c.blocking,
      source: c.source,
      timeout: c.timeout,
      deadlineAt: new Date(now.getTime() + parseDuration(c.timeout)).toISOString(),
      createdAt: now.toISOString(),
    },
    rule: c.rule,
  };
}

/** Ids of the dependencies of the given kind whose task is not done yet. */
export function unfinishedDependencies(
  task: Pick<TaskSnapshot, 'dependencies'>,
  states: Map<string, string>,
  done: string,
  blocking: boolean,
): string[] {
  return task.dependencies
    .filter(d => d.blocking === blocking && states.get(d.taskId) !== done)
    .map(d => d.taskId);
}

const PATCHABLE = [
  'title',
  'description',
  'kind',
  'component',
  'assignee',
  'priority',
  'estimate',
  'dueDate',
  'labels',
] as const;

/** The fields of `patch` that differ from `task`; empty when the patch changes nothing. */
export function changedFields(
  task: TaskSnapshot,
  patch: Omit<UpdateTaskRequest, 'version'>,
): Partial<TaskSnapshot> {
  const changes: Record<string, unknown> = {};
  for (const field of PATCHABLE) {
    const value = patch[field];
    if (value === undefined) continue;
    const next = field === 'labels' ? [...new Set(value as string[])].sort() : value;
    if (JSON.stringify(next) !== JSON.stringify(task[field])) changes[field] = next;
  }
  return changes as Partial<TaskSnapshot>;
}
