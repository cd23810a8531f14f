import {
  checkTransition,
  type TaskSnapshot,
  type TaskWarning,
} from '@agent-coordination/plugin-agent-coordination-common';
import { loadBlockedDependents } from '../../../database/operations/dependencies';
import { loadStates, loadTasksForUpdate } from '../../../database/operations/tasks';
import { SYSTEM_ACTOR } from '../Actor';
import { unfinishedDependencies } from '../taskModel';
import type { CommandContext } from './CommandContext';

/*
 * Whether a task is blocked follows from its dependencies' states, which
 * other transactions change concurrently. Two rules keep the decision and
 * those changes from passing each other (write skew) on PostgreSQL and MySQL:
 *
 * 1. The blocked-or-running decision about a task is made only while holding
 *    its row lock: the caller has just written the task (blockIfWaiting,
 *    unblockIfReady from removeDependency), or unblockDependents locked it.
 *    Dependency states are read as `latest`, after that lock.
 * 2. Completing a task locks each of its blocking dependents (rule 1) after
 *    writing its own row, and decides again for each.
 *
 * So of a task's decision and the completion of one of its dependencies,
 * whichever locks the task second sees the other's commit. A new dependency
 * is the exception: until it commits its completer cannot see it, so
 * addDependency share-locks the new dependency's row as well.
 *
 * A transition of a task with no dependencies and no dependents locks no
 * other row (on MySQL, completing one share-locks the empty index range
 * where its dependents would be). Locks taken in opposite orders can
 * deadlock; the database then aborts one transaction, and TaskService runs
 * it again.
 */

/**
 * A running task must not run while a blocking dependency is unfinished: the
 * system moves it to BLOCKED in the caller's transaction. Returns the task
 * as it ends up, and warnings for unfinished non-blocking dependencies.
 * The caller holds `task`'s row lock (it has just written it).
 */
export async function blockIfWaiting(
  ctx: CommandContext,
  task: TaskSnapshot,
): Promise<{ task: TaskSnapshot; warnings: TaskWarning[] }> {
  const { lifecycle, writer } = ctx;
  const states = await loadStates(writer.tx, task.dependencies.map(d => d.taskId), 'latest');
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

/**
 * Moves a blocked task back to running when none of its blocking
 * dependencies is unfinished. The caller holds `task`'s row lock.
 */
export async function unblockIfReady(
  ctx: CommandContext,
  task: TaskSnapshot,
  cause: string,
): Promise<TaskSnapshot> {
  const { lifecycle, writer } = ctx;
  if (task.state !== lifecycle.blocked) return task;
  const states = await loadStates(writer.tx, task.dependencies.map(d => d.taskId), 'latest');
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

/**
 * After `completedId` completes (its row written in this transaction):
 * every task it was blocking that now has nothing left to wait for runs
 * again. The dependents are locked and read as they are now, so one that a
 * concurrent transaction blocked on `completedId` is seen blocked.
 */
export async function unblockDependents(ctx: CommandContext, completedId: string) {
  const ids = await loadBlockedDependents(ctx.writer.tx, completedId, 'latest');
  const dependents = await loadTasksForUpdate(ctx.writer.tx, ids);
  for (const id of ids) {
    const dependent = dependents.get(id);
    if (dependent) {
      await unblockIfReady(ctx, dependent, `blocking dependency ${completedId} completed`);
    }
  }
}
