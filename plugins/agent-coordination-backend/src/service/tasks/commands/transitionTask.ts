import {
  checkTransition,
  type TransitionTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { rolesFor } from '../roles';
import { blockIfWaiting, unblockDependents } from './autoBlock';
import { checkVersion, requireTask, type CommandContext, type CommandResult } from './CommandContext';

/**
 * Moves a task along the framework's lifecycle (§6.1), if the caller may.
 * Entering the running state checks blocking dependencies (and may end in
 * BLOCKED instead); completing releases the tasks that waited on this one.
 * Both happen in this transaction.
 */
export async function transitionTask(
  ctx: CommandContext,
  id: string,
  input: TransitionTaskRequest,
): Promise<CommandResult> {
  const { writer, lifecycle, framework } = ctx;
  const task = await requireTask(writer.tx, id);
  checkVersion(task, input.version);
  const roles = rolesFor(framework, writer.actor, task);
  const check = checkTransition(lifecycle.definition, task.state, input.to, roles);
  if (!check.allowed) {
    const rule = `Task ${id} is ${task.state}; ${check.message}`;
    if (check.code === 'unknown_state') throw new InputError(`to: ${check.message}`);
    if (check.code === 'actor_not_permitted') throw new NotAllowedError(rule);
    throw new ConflictError(`${rule} (framework lifecycle transitions)`);
  }
  if (input.to === lifecycle.assigned && !task.assignee) {
    throw new ConflictError(
      `Task ${id} cannot move ${task.state} -> ${input.to}: it has no assignee; set 'assignee' first`,
    );
  }
  const reason = input.reason ? `${check.trigger}: ${input.reason}` : check.trigger;
  let next = await writer.save('task.transitioned', task, { state: input.to }, reason);
  let warnings: CommandResult['warnings'] = [];
  if (next.state === lifecycle.running) {
    ({ task: next, warnings } = await blockIfWaiting(ctx, next));
  }
  if (next.state === lifecycle.done) {
    await unblockDependents(ctx, id);
  }
  return { task: next, warnings };
}
