import {
  planUpdateTask,
  type UpdateTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { decided, requireTask, saveTask, type TaskCommandContext, type TaskCommandResult } from './context';

/**
 * Changes a task's fields, as far as the framework's taskActions let the
 * caller. A patch that changes nothing writes nothing and keeps the version,
 * so a client re-sending its form does not invalidate everyone else's copy.
 */
export async function updateTask(
  ctx: TaskCommandContext,
  id: string,
  input: UpdateTaskRequest,
): Promise<TaskCommandResult> {
  const task = await requireTask(ctx.writer.tx, id);
  const { changes, fields } = decided(
    planUpdateTask(ctx.framework, ctx.lifecycle, ctx.writer.actor, task, input),
    id,
  );
  if (fields.length === 0) return { task, warnings: [] };
  const saved = await saveTask(ctx, 'task.updated', task, changes, `changed ${fields.join(', ')}`);
  return { task: saved, warnings: [] };
}
