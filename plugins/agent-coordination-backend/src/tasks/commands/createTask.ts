import {
  buildDependency,
  newTaskSnapshot,
  planCreateTask,
  planInitialDependencies,
  type CreateTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { randomUUID } from 'crypto';
import { refused } from '../../platform/changes/errors';
import { loadTasks } from '../store/tasks';
import { createTaskRow, type TaskCommandContext, type TaskCommandResult } from './context';

/** A new task in the lifecycle's initial state, with the dependencies it names. */
export async function createTask(
  ctx: TaskCommandContext,
  input: CreateTaskRequest,
): Promise<TaskCommandResult> {
  const { writer, framework, lifecycle } = ctx;
  const allowed = planCreateTask(framework, writer.actor, input);
  if (!allowed.ok) throw refused(allowed.refusal);
  const requested = input.dependencies ?? [];
  const targets = await loadTasks(writer.tx, requested.map(d => d.taskId));
  const valid = planInitialDependencies(requested, id => targets.has(id));
  if (!valid.ok) throw refused(valid.refusal);
  const dependencies = requested.map(
    d => buildDependency(framework, input.kind, targets.get(d.taskId)!, d.blocking, writer.now).dependency,
  );
  const task = newTaskSnapshot(input, {
    id: randomUUID(),
    initial: lifecycle.initial,
    createdBy: writer.actor.principal,
    nowIso: writer.nowIso,
    dependencies,
  });
  await createTaskRow(ctx, task);
  return { task, warnings: [] };
}
