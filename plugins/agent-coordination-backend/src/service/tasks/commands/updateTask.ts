import type { UpdateTaskRequest } from '@agent-coordination/plugin-agent-coordination-common';
import { changedFields } from '../taskModel';
import { checkVersion, requireTask, type CommandContext, type CommandResult } from './CommandContext';

/**
 * Changes a task's fields. A patch that changes nothing writes nothing and
 * keeps the version, so a client re-sending its form does not invalidate
 * everyone else's copy.
 */
export async function updateTask(
  ctx: CommandContext,
  id: string,
  input: UpdateTaskRequest,
): Promise<CommandResult> {
  const { version, ...patch } = input;
  const task = await requireTask(ctx.writer.tx, id);
  checkVersion(task, version);
  const changes = changedFields(task, patch);
  const fields = Object.keys(changes);
  if (fields.length === 0) return { task, warnings: [] };
  const saved = await ctx.writer.save('task.updated', task, changes, `changed ${fields.join(', ')}`);
  return { task: saved, warnings: [] };
}
