import {
  checkTransition,
  type TaskSnapshot,
  type TaskWarning,
} from '@agent-coordination/plugin-agent-coordination-common';
import { loadBlockedDependents } from '../../../database/operations/dependencies';
import { loadStates, loadTasks } from '../../../database/operations/tasks';
import { SYSTEM_ACTOR } from '../Actor';
import { unfinishedDependencies } from '../taskModel';
import type { CommandContext } from './CommandContext';

/**
 * A running task must not run while a blocking dependency is unfinished: the
 * system moves it to BLOCKED in the caller's transaction. Returns the task
 * as it ends up, and warnings for unfinished non-blocking dependencies.
 */
export async function blockIfWaiting(
  ctx: CommandContext,
  task: TaskSnapshot,
): Promise<{ task: TaskSnapshot; warnings: TaskWarning[] }> {
  const { lifecycle, writer } = ctx;
  const states = await loadStates(writer.tx, task.dependencies.map(d => d.taskId));
  const warnings = unfinishedDependencies(task, states, lifecycle.done, false).map(id => ({
    taskId: id,
    message: `non-blocking dependency ${id} is ${states.get(id)}, not ${lifecycle.done}: work may proceed, but check it before review`,
  }));
  if (task.state !== lifecycle.running) return { task, warnings };
  const waiting = unfinishedDependencies(task, states, lifecycle.done, true);
  if (waiting.length === 0) return { task, warnings };
  const check = checkTransition(lifecycle.definition, task.state, lifecycle.blocked, ['system']);
  const trigger = check.allowed ? check.trigger : 'Dependency not met';
  const blocked = await writer.save(
    'task.blocked',
    task,
    { state: lifecycle.blocked },
    `${trigger}: waiting on blocking dependencies ${waiting.join(', ')}`,
    SYSTEM_ACTOR,
  );
  return { task: blocked, warnings };
}

/** Moves a blocked task back to running when none of its blocking dependencies is unfinished. */
export async function unblockIfReady(
  ctx: CommandContext,
  task: TaskSnapshot,
  cause: string,
): Promise<TaskSnapshot> {
  const { lifecycle, writer } = ctx;
  if (task.state !== lifecycle.blocked) return task;
  const states = await loadStates(writer.tx, task.dependencies.map(d => d.taskId));
  if (unfinishedDependencies(task, states, lifecycle.done, true).length > 0) return task;
  const check = checkTransition(lifecycle.definition, task.state, lifecycle.running, ['system']);
  const trigger = check.allowed ? check.trigger : 'Dependency resolved';
  return writer.save(
    'task.unblocked',
    task,
    { state: lifecycle.running },
    `${trigger}: ${cause}`,
    SYSTEM_ACTOR,
  );
}

/** After `completedId` completes: every task it was blocking that now has nothing left to wait for runs again. */
export async function unblockDependents(ctx: CommandContext, completedId: string) {
  const ids = await loadBlockedDependents(ctx.writer.tx, completedId);
  const dependents = await loadTasks(ctx.writer.tx, ids);
  for (const id of ids) {
    const dependent = dependents.get(id);
    if (dependent) {
      await unblockIfReady(ctx, dependent, `blocking dependency ${completedId} completed`);
    }
  }
}
