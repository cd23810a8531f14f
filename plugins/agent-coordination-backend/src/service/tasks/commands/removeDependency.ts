import { NotFoundError } from '@backstage/errors';
import { loadStates } from '../../../database/operations/tasks';
import { unblockIfReady } from './autoBlock';
import { checkVersion, requireTask, type CommandContext, type CommandResult } from './CommandContext';

/**
 * Drops a dependency. If it was what kept the task blocked, the task runs
 * again in the same transaction, as it would had the dependency completed.
 */
export async function removeDependency(
  ctx: CommandContext,
  id: string,
  dependsOnId: string,
  version: number | undefined,
): Promise<CommandResult> {
  const { writer, lifecycle } = ctx;
  const task = await requireTask(writer.tx, id);
  checkVersion(task, version);
  const removed = task.dependencies.find(d => d.taskId === dependsOnId);
  if (!removed) throw new NotFoundError(`Task ${id} has no dependency on ${dependsOnId}`);
  const saved = await writer.save(
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
