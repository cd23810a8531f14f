import type { TaskSnapshot } from '../api';
import type { CoordinationFramework } from '../framework/types';
import type { LifecycleRoles } from './lifecycleRoles';
import type { FailedDependencyAlert } from './taskEvents';

/**
 * The alert a task gets when a task it blocks on fails (framework decision
 * next to lifecycle in the framework file): it will never be released by
 * that dependency, so its assignee and the context manager are told, and it
 * stays blocked until the dependency is removed or replaced. None for a
 * non-blocking dependency or a dependent that is already final.
 * @public
 */
export function failedDependencyAlert(
  framework: Pick<CoordinationFramework, 'agents' | 'authorityLevels'>,
  lifecycle: LifecycleRoles,
  failed: Pick<TaskSnapshot, 'id' | 'state' | 'title'>,
  dependent: TaskSnapshot,
): { after: FailedDependencyAlert; reason: string } | null {
  const dependency = dependent.dependencies.find(d => d.taskId === failed.id);
  if (!dependency?.blocking || lifecycle.terminal.includes(dependent.state)) return null;
  const highest = framework.authorityLevels[0]?.id;
  const managers = framework.agents.filter(a => a.authority === highest).map(a => a.key);
  const notify = [...new Set([...(dependent.assignee ? [dependent.assignee] : []), ...managers])];
  return {
    after: { dependsOnId: failed.id, dependsOnState: failed.state, notify },
    reason: `blocking dependency ${failed.id} "${failed.title}" is ${failed.state}: it will never complete; remove or replace the dependency to release this task`,
  };
}
