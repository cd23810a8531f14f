import type { TaskDependency, TaskSnapshot } from '../api';
import type { CoordinationFramework } from '../framework/types';
import { classifyDependency } from '../rules/dependencyKind';
import { parseDuration } from '../rules/duration';

/**
 * A new dependency of a task of kind `dependentKind` on `target`, blocking
 * or not by the framework's §5.2 rules unless the caller said, with its
 * timeout from now.
 * @public
 */
export function buildDependency(
  framework: Pick<CoordinationFramework, 'dependencyRules'>,
  dependentKind: string,
  target: Pick<TaskSnapshot, 'id' | 'kind'>,
  explicitBlocking: boolean | undefined,
  now: Date,
): { dependency: TaskDependency; why: string } {
  const c = classifyDependency(framework.dependencyRules, dependentKind, target.kind, explicitBlocking);
  const dependency: TaskDependency = {
    taskId: target.id,
    blocking: c.blocking,
    source: c.source,
    timeout: c.timeout,
    deadlineAt: new Date(now.getTime() + parseDuration(c.timeout)).toISOString(),
    createdAt: now.toISOString(),
  };
  const why =
    c.source === 'explicit'
      ? `${c.blocking ? 'blocking' : 'non-blocking'} by request`
      : c.rule ?? `non-blocking: no rule relates ${target.kind} to ${dependentKind}`;
  return { dependency, why };
}

/** Ids of the dependencies of the given kind (blocking or not) whose task is not done yet. @public */
export function unfinishedDependencies(
  task: Pick<TaskSnapshot, 'dependencies'>,
  states: ReadonlyMap<string, string>,
  done: string,
  blocking: boolean,
): string[] {
  return task.dependencies
    .filter(d => d.blocking === blocking && states.get(d.taskId) !== done)
    .map(d => d.taskId);
}

/** Dependencies in id order, so equal tasks compare equal. @public */
export function sortDependencies(dependencies: TaskDependency[]): TaskDependency[] {
  return [...dependencies].sort((a, b) => {
    if (a.taskId === b.taskId) return 0;
    return a.taskId < b.taskId ? -1 : 1;
  });
}
