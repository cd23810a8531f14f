import {
  checkTransition,
  type TaskSnapshot,
  type TransitionTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../Actor';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { rolesFor } from '../roles';
import { blockIfWaiting, unblockDependents } from './autoBlock';
import { checkVersion, requireTask, type CommandContext, type CommandResult } from './CommandContext';

/** A transition the rules allow: the target state and the reason its event records. */
export interface TransitionPlan {
  to: string;
  reason: string;
  /**
   * Whether the transition can change other tasks or depends on their states:
   * entering the running state with dependencies (auto-block, warnings) or
   * the done state (auto-unblock of dependents).
   */
  involvesOtherTasks: boolean;
}

/**
 * Checks a transition of `task` against the framework's lifecycle (§6.1)
 * and who may trigger it, without touching the store. Throws the 4xx (or
 * LostUpdate for a stale version) the caller gets.
 */
export function planTransition(
  ctx: Pick<CommandContext, 'framework' | 'lifecycle'>,
  actor: Actor,
  task: TaskSnapshot,
  input: TransitionTaskRequest,
): TransitionPlan {
  const { lifecycle, framework } = ctx;
  const id = task.id;
  checkVersion(task, input.version);
  const roles = rolesFor(framework, actor, task);
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
  return {
    to: input.to,
    reason: input.reason ? `${check.trigger}: ${input.reason}` : check.trigger,
    involvesOtherTasks:
      input.to === lifecycle.done || (input.to === lifecycle.running && task.dependencies.length > 0),
  };
}

/**
 * Moves a task along the framework's lifecycle, if the caller may.
 * Entering the running state checks blocking dependencies (and may end in
 * BLOCKED instead); completing releases the tasks that waited on this one.
 * Both happen in this transaction.
 */
export async function transitionTask(
  ctx: CommandContext,
  id: string,
  input: TransitionTaskRequest,
): Promise<CommandResult> {
  const { writer, lifecycle } = ctx;
  const task = await requireTask(writer.tx, id);
  const plan = planTransition(ctx, writer.actor, task, input);
  let next = await writer.save('task.transitioned', task, { state: plan.to }, plan.reason);
  let warnings: CommandResult['warnings'] = [];
  if (next.state === lifecycle.running) {
    ({ task: next, warnings } = await blockIfWaiting(ctx, next));
  }
  if (next.state === lifecycle.done) {
    await unblockDependents(ctx, id);
  }
  return { task: next, warnings };
}
