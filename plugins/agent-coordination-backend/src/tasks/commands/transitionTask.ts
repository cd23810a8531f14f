import {
  planTransition,
  taskRoles,
  unfinishedDependencies,
  type TransitionRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { loadStates } from '../store/tasks';
import { alertFailedDependents, blockIfWaiting, unblockDependents } from './autoBlock';
import { decided, requireTask, saveTask, type TaskCommandContext, type TaskCommandResult } from './context';

/**
 * Moves a task along the framework's lifecycle, if the caller may. Entering
 * the running state checks blocking dependencies (and may end blocked
 * instead); completing releases the tasks that waited on this one; failing
 * alerts them. All in this transaction.
 */
export async function transitionTask(
  ctx: TaskCommandContext,
  id: string,
  input: TransitionRequest,
): Promise<TaskCommandResult> {
  const { writer, lifecycle, framework } = ctx;
  const task = await requireTask(writer.tx, id);
  const roles = taskRoles(framework, writer.actor, task);
  const blockers =
    task.state === lifecycle.blocked && input.to === lifecycle.running
      ? {
          dependencies: unfinishedDependencies(
            task,
            await loadStates(writer.tx, task.dependencies.map(d => d.taskId), 'latest'),
            lifecycle.done,
            true,
          ),
          holds: (await ctx.holds.of(writer.tx, [id], 'latest')).get(id) ?? [],
        }
      : undefined;
  const plan = decided(
    planTransition(lifecycle, { principal: writer.actor.principal, roles }, task, input, blockers),
    id,
  );
  let next = await saveTask(ctx, 'task.transitioned', task, { state: plan.to }, plan.reason);
  let warnings: TaskCommandResult['warnings'] = [];
  if (next.state === lifecycle.running) {
    ({ task: next, warnings } = await blockIfWaiting(ctx, next));
  }
  if (next.state === lifecycle.done) await unblockDependents(ctx, id);
  if (next.state === lifecycle.failed) await alertFailedDependents(ctx, next);
  return { task: next, warnings };
}
