import type {
  ActorRole,
  CoordinationFramework,
  TaskSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from './Actor';

/**
 * The capacities in which `actor` acts on `task`. A caller never gets
 * 'system': only the service blocks and unblocks. The context manager is
 * whoever holds the framework's highest authority level, and may review too
 * unless it is the assignee.
 */
export function rolesFor(
  framework: CoordinationFramework,
  actor: Actor,
  task: Pick<TaskSnapshot, 'assignee'>,
): ActorRole[] {
  const agent = actor.agent;
  if (!agent) return [];
  const roles: ActorRole[] = [];
  if (agent.authority === framework.authorityLevels[0]?.id) roles.push('context_manager');
  if (task.assignee === agent.key) roles.push('assignee');
  else roles.push('reviewer');
  return roles;
}
