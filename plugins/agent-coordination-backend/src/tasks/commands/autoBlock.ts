import {
  checkTransition,
  failedDependencyAlert,
  TASK_SUBJECT,
  unfinishedDependencies,
  type TaskSnapshot,
  type TaskWarning,
} from '@agent-coordination/plugin-agent-coordination-common';
import { SYSTEM_ACTOR } from '../../platform/actors';
import { loadBlockedDependents } from '../store/dependencies';
import { loadStates, loadTasks, loadTasksForUpdate } from '../store/tasks';
import { saveTask, type TaskCommandContext } from './context';

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
 * deadlock; the database then aborts one transaction, and the change runner
 * runs it again.
 */

/** The trigger the framework names for a move the plugin makes itself, or a fallback. */
function systemTrigger(ctx: TaskCommandContext, from: string, to: string, fallback: string): string {
  const check = checkTransition(ctx.lifecycle.definition, from, to, ['system']);
  return check.allowed ? check.trigger : fallback;
}

/**
 * A running task must not run while a blocking dependency is unfinished: the
 * plugin moves it to the blocked state in the caller's transaction. Returns
 * the task as it ends up, and warnings for unfinished non-blocking
 * dependencies. The caller holds `task`'s row lock (it has just written it).
 */
export async function blockIfWaiting(
  ctx: TaskCommandContext,
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
  const holds = (await ctx.holds.of(writer.tx, [task.id], 'latest')).get(task.id) ?? [];
  if (waiting.length === 0 && holds.length === 0) return { task, warnings };
  const trigger = systemTrigger(ctx, task.state, lifecycle.blocked, 'Dependency not met');
  const why = [
    ...(waiting.length > 0 ? [`waiting on blocking dependencies ${waiting.join(', ')}`] : []),
    ...holds.map(h => `held by ${h.type} ${h.id}`),
  ].join('; ');
  const blocked = await saveTask(ctx, 'task.blocked', task, { state: lifecycle.blocked }, `${trigger}: ${why}`, SYSTEM_ACTOR);
  return { task: blocked, warnings };
}

/**
 * Moves a blocked task back to running when none of its blocking
 * dependencies is unfinished. The caller holds `task`'s row lock.
 */
export async function unblockIfReady(
  ctx: TaskCommandContext,
  task: TaskSnapshot,
  cause: string,
): Promise<TaskSnapshot> {
  const { lifecycle, writer } = ctx;
  if (task.state !== lifecycle.blocked) return task;
  const states = await loadStates(writer.tx, task.dependencies.map(d => d.taskId), 'latest');
  if (unfinishedDependencies(task, states, lifecycle.done, true).length > 0) return task;
  if (((await ctx.holds.of(writer.tx, [task.id], 'latest')).get(task.id) ?? []).length > 0) return task;
  const trigger = systemTrigger(ctx, task.state, lifecycle.running, 'Dependency resolved');
  return saveTask(ctx, 'task.unblocked', task, { state: lifecycle.running }, `${trigger}: ${cause}`, SYSTEM_ACTOR);
}

/**
 * After `completedId` completes (its row written in this transaction):
 * every task it was blocking that now has nothing left to wait for runs
 * again. The dependents are locked and read as they are now, so one that a
 * concurrent transaction blocked on `completedId` is seen blocked.
 */
export async function unblockDependents(ctx: TaskCommandContext, completedId: string) {
  const ids = await loadBlockedDependents(ctx.writer.tx, completedId, 'latest');
  const dependents = await loadTasksForUpdate(ctx.writer.tx, ids);
  for (const id of ids) {
    const dependent = dependents.get(id);
    if (dependent) {
      await unblockIfReady(ctx, dependent, `blocking dependency ${completedId} completed`);
    }
  }
}

/**
 * Holds tasks for another noun (a conflict that blocks them): each one
 * running now is blocked at once; the others are blocked when they start,
 * as long as the hold lasts. The hold's rows are written before this, in
 * the same transaction.
 */
export async function holdTasks(ctx: TaskCommandContext, taskIds: string[]) {
  const tasks = await loadTasksForUpdate(ctx.writer.tx, taskIds);
  for (const id of [...tasks.keys()].sort()) {
    await blockIfWaiting(ctx, tasks.get(id)!);
  }
}

/**
 * Releases tasks another noun held (a conflict resolved): each one blocked
 * runs again unless something else still keeps it. The hold's rows are
 * gone, or no longer count, before this, in the same transaction.
 */
export async function releaseTasks(ctx: TaskCommandContext, taskIds: string[], cause: string) {
  const tasks = await loadTasksForUpdate(ctx.writer.tx, taskIds);
  for (const id of [...tasks.keys()].sort()) {
    await unblockIfReady(ctx, tasks.get(id)!, cause);
  }
}

/**
 * After `failed` enters the failed state: every task it blocks gets an
 * alert (its assignee and the context manager are notified after the
 * commit). They stay blocked: a failed task never completes, so only
 * removing or replacing the dependency releases them.
 */
export async function alertFailedDependents(ctx: TaskCommandContext, failed: TaskSnapshot) {
  const ids = await loadBlockedDependents(ctx.writer.tx, failed.id, 'latest');
  const dependents = await loadTasks(ctx.writer.tx, ids);
  for (const id of ids) {
    const dependent = dependents.get(id);
    const alert = dependent && failedDependencyAlert(ctx.framework, ctx.lifecycle, failed, dependent);
    if (!alert) continue;
    await ctx.writer.record(
      {
        subject: { type: TASK_SUBJECT, id },
        type: 'task.dependency_failed',
        before: null,
        after: alert.after,
        reason: alert.reason,
      },
      SYSTEM_ACTOR,
    );
  }
}
