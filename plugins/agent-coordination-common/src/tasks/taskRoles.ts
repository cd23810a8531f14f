import type { TaskSnapshot } from '../api';
import type { ActorRole } from '../rules/lifecycle';

/**
 * Who is acting, as the task rules see it: a principal (user entity ref or
 * service subject), the framework agent it maps to (null: mapped to none),
 * or the plugin itself.
 * @public
 */
export interface TaskActor {
  principal: string;
  agent: { key: string; authority: string } | null;
  /** The plugin acting on its own (auto-block, alerts, sweeps). */
  system?: boolean;
}

/**
 * The capacities in which `actor` acts on `task`. Only the plugin itself is
 * 'system'. The context manager is whoever holds the framework's highest
 * authority level; every agent but the assignee is a reviewer; the creator
 * is the principal that created the task. A caller mapped to no agent has no
 * role at all, so it may only read.
 * @public
 */
export function taskRoles(
  framework: { authorityLevels: Array<{ id: string }> },
  actor: TaskActor,
  task: Pick<TaskSnapshot, 'assignee' | 'createdBy'>,
): ActorRole[] {
  if (actor.system) return ['system'];
  const agent = actor.agent;
  if (!agent) return [];
  const roles: ActorRole[] = ['any_agent'];
  if (agent.authority === framework.authorityLevels[0]?.id) roles.push('context_manager');
  roles.push(task.assignee === agent.key ? 'assignee' : 'reviewer');
  if (task.createdBy === actor.principal) roles.push('creator');
  return roles;
}

/** Whether one of `roles` is among those a rule allows. @public */
export function permits(allowed: readonly ActorRole[], roles: readonly ActorRole[]): boolean {
  return allowed.some(r => roles.includes(r));
}

/** The refusal text for a caller mapped to no agent. */
export function readOnlyMessage(principal: string): string {
  return `${principal} is mapped to no framework agent (agentCoordination.actors), and a caller mapped to no agent may only read`;
}
