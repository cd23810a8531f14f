import { planRemoveDependency } from '@agent-coordination/plugin-agent-coordination-common';
import { loadStates } from '../store/tasks';
import { unblockIfReady } from './autoBlock';
import { decided, requireTask, saveTask, type TaskCommandContext, type TaskCommandResult } from './context';

/**
 * Drops a dependency. If it was what kept the task blocked, the task runs
 * again in the same transaction, as it would had the dependency completed:
 * this is also how a task blocked on a failed dependency is released.
 */
export async function removeDependency(
  ctx: TaskCommandContext,
  id: string,
  dependsOnId: string,
  version: number | undefined,
): Promise<TaskCommandResult> {
  const { writer, lifecycle, framework } = ctx;
  const task = await requireTask(writer.tx, id);
  decided(planRemoveDependency(framework, writer.actor, task, dependsOnId, version), id);
  const removed = task.dependencies.find(d => d.taskId === dependsOnId)!;
  const saved = await saveTask(
    ctx,
    'task.dependency_removed',
    task,
    { dependencies: task.dependencies.filter(d => d.taskId !== dependsOnId) },
    `no longer depends on ${dependsOnId}`,
  );
  const states = await loadStates(writer.tx, [dependsOnId]);
  if (removed.blocking && states.get(dependsOnId) !== lifecycle.done) {
    const next = await unblockIfReady(ctx, saved, `blocking dependency ${dependsOnId} removed`);
    return { task: next, warnings: [] };
  }
  return { task: saved, warnings: [] };
}
