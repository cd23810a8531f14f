import {
  TASK_SUBJECT,
  taskChangeEvent,
  nextSnapshot,
  type CoordinationFramework,
  type Decision,
  type LifecycleRoles,
  type TaskChangeType,
  type TaskSnapshot,
  type TaskWarning,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { Actor } from '../../platform/actors';
import { RefusalError, refused, StaleWrite, type SubjectRef } from '../../platform/changes/errors';
import type { EventWriter } from '../../platform/changes/EventWriter';
import type { TaskHolds } from '../holds';
import { insertTask, loadTask, updateTask } from '../store/tasks';

/** The framework, its lifecycle by role, and what else can hold tasks. */
export interface TaskRules {
  framework: CoordinationFramework;
  lifecycle: LifecycleRoles;
  holds: TaskHolds;
}

/** What every task command gets: the rules, and a writer bound to the open transaction. */
export interface TaskCommandContext extends TaskRules {
  writer: EventWriter;
}

export interface TaskCommandResult {
  task: TaskSnapshot;
  warnings: TaskWarning[];
}

export function taskSubject(id: string): SubjectRef {
  return { type: TASK_SUBJECT, id };
}

/** The value of an allowing decision; a refusal is thrown, as a stale write when it is one. */
export function decided<T>(decision: Decision<T>, taskId: string): T {
  if (!decision.ok) throw refused(decision.refusal, taskSubject(taskId));
  return decision.value;
}

export async function requireTask(tx: Knex, id: string): Promise<TaskSnapshot> {
  const task = await loadTask(tx, id);
  if (!task) {
    throw new RefusalError({ code: 'not_found', rule: 'no_such_task', message: `No task with id '${id}'` });
  }
  return task;
}

/** Stores a new task and its creation event. */
export async function createTaskRow(ctx: TaskCommandContext, task: TaskSnapshot): Promise<void> {
  await insertTask(ctx.writer.tx, task);
  await ctx.writer.record(taskChangeEvent('task.created', null, task, null));
}

/**
 * Saves `changes` over `before` as the next version, with its event. The
 * write is conditional on `before`'s version: a concurrent writer that got
 * there first makes this a stale write.
 */
export async function saveTask(
  ctx: TaskCommandContext,
  type: Exclude<TaskChangeType, 'task.created'>,
  before: TaskSnapshot,
  changes: Partial<TaskSnapshot>,
  reason: string | null,
  actor: Actor = ctx.writer.actor,
): Promise<TaskSnapshot> {
  const after = nextSnapshot(before, changes, ctx.writer.nowIso);
  if (!(await updateTask(ctx.writer.tx, before, after))) {
    throw new StaleWrite(taskSubject(before.id), before.version);
  }
  await ctx.writer.record(taskChangeEvent(type, before, after, reason), actor);
  return after;
}
