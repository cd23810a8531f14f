import type { TaskSnapshot, TransitionRequest } from '../api';
import { allow, refuse, staleVersion, type Decision } from '../refusal';
import { allowedTransitions, checkTransition, type ActorRole } from '../rules/lifecycle';
import type { LifecycleRoles } from './lifecycleRoles';
import { readOnlyMessage } from './taskRoles';

/** A transition the rules allow: the target state and the reason its event records. @public */
export interface TransitionPlan {
  to: string;
  reason: string;
  /**
   * Whether the transition reads or changes other tasks: entering the
   * running state with dependencies (auto-block, warnings, a resume checks
   * what still blocks), or entering the done or failed state (dependents are
   * released or alerted). Only those need other rows locked.
   */
  involvesOtherTasks: boolean;
}

/** What keeps a task blocked: its unfinished blocking dependencies, and holds (open conflicts, ...). @public */
export interface TaskBlockers {
  dependencies: string[];
  holds: Array<{ type: string; id: string }>;
}

function describeBlockers(blockers: TaskBlockers, done: string): string {
  const parts: string[] = [];
  if (blockers.dependencies.length > 0) {
    parts.push(`blocking dependencies ${blockers.dependencies.join(', ')} are not ${done} yet`);
  }
  for (const h of blockers.holds) parts.push(`${h.type} ${h.id} holds it until it is settled`);
  return parts.join('; ');
}

/**
 * Decides a transition of `task` (§6.1): the version the caller read, the
 * framework's lifecycle and who may trigger it, an assignee before the
 * assigned state, and nothing left blocking a task resumed from the blocked
 * state. `blockers` is what keeps the task blocked, when the caller knows;
 * a resume without it is planned as involving other tasks, so it is decided
 * again where they are read. `held` says the task has holds (entering the
 * running state then involves them).
 * @public
 */
export function planTransition(
  lifecycle: LifecycleRoles,
  actor: { principal: string; roles: ActorRole[] },
  task: TaskSnapshot,
  input: TransitionRequest,
  blockers?: TaskBlockers,
  held = false,
): Decision<TransitionPlan> {
  const id = task.id;
  if (input.version !== task.version) return staleVersion(`Task ${id}`, task.version, input.version);
  const check = checkTransition(lifecycle.definition, task.state, input.to, actor.roles);
  if (!check.allowed) {
    if (check.code === 'unknown_state') return refuse('invalid_input', 'unknown_state', `to: ${check.message}`);
    if (check.code === 'no_such_transition') {
      return refuse(
        'conflict',
        'no_such_transition',
        `Task ${id} is ${task.state}; ${check.message} (framework lifecycle transitions)`,
      );
    }
    if (actor.roles.length === 0) {
      return refuse('not_permitted', 'read_only_caller', `${readOnlyMessage(actor.principal)}; ${check.message}`);
    }
    return refuse('not_permitted', 'actor_not_permitted', `Task ${id} is ${task.state}; ${check.message}`);
  }
  if (input.to === lifecycle.assigned && !task.assignee) {
    return refuse(
      'conflict',
      'needs_assignee',
      `Task ${id} cannot move ${task.state} -> ${input.to}: it has no assignee; set 'assignee' first`,
    );
  }
  const resuming = task.state === lifecycle.blocked && input.to === lifecycle.running && !actor.roles.includes('system');
  if (resuming && blockers && blockers.dependencies.length + blockers.holds.length > 0) {
    return refuse(
      'conflict',
      'still_blocked',
      `Task ${id} cannot resume: ${describeBlockers(blockers, lifecycle.done)}; it resumes by itself when nothing blocks it any more (or remove the dependency)`,
    );
  }
  return allow({
    to: input.to,
    reason: input.reason ? `${check.trigger}: ${input.reason}` : check.trigger,
    involvesOtherTasks:
      input.to === lifecycle.done ||
      input.to === lifecycle.failed ||
      (input.to === lifecycle.running && (task.dependencies.length > 0 || held || resuming)),
  });
}

/**
 * The transitions `actor` may make on `task` now: every candidate the
 * lifecycle lists for its roles that planTransition would also allow (an
 * assignee before the assigned state, nothing blocking a resume), so what a
 * client is offered is exactly what it may do.
 * @public
 */
export function transitionsAllowed(
  lifecycle: LifecycleRoles,
  actor: { principal: string; roles: ActorRole[] },
  task: TaskSnapshot,
  blockers: TaskBlockers,
): Array<{ to: string; trigger: string }> {
  return allowedTransitions(lifecycle.definition, task.state, actor.roles).filter(
    t => planTransition(lifecycle, actor, task, { to: t.to, version: task.version }, blockers).ok,
  );
}
