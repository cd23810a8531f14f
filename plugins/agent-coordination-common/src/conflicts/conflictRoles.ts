import type { ConflictSnapshot } from '../api';
import type { CoordinationFramework } from '../framework/types';
import type { TaskActor } from '../tasks/taskRoles';
import { authorityAt } from './authorities';

/** The capacities a caller acts in on a conflict. @public */
export type ConflictRole = 'party' | 'authority' | 'context_manager' | 'any_agent';

/**
 * A caller of the conflict rules: the task rules' actor, and the catalog
 * groups a signed-in user belongs to (a group can hold an authority).
 * @public
 */
export interface ConflictActor extends TaskActor {
  groups?: string[];
}

type Framework = Pick<CoordinationFramework, 'authorities' | 'conflictTypes' | 'escalationMatrix' | 'authorityLevels'>;

/**
 * The roles of `actor` on `conflict` at its current level: a party is one
 * of the agents in conflict; the authority holds the level's authority (an
 * agent or a member of a group it lists, or the primary owner of the paths);
 * nobody holds a consensus level, its parties decide by vote.
 * @public
 */
export function conflictRoles(
  framework: Framework,
  actor: ConflictActor,
  conflict: Pick<ConflictSnapshot, 'type' | 'category' | 'level' | 'parties' | 'primaryOwners'>,
): ConflictRole[] {
  if (actor.system) return [];
  const roles: ConflictRole[] = [];
  const agent = actor.agent;
  if (agent) {
    roles.push('any_agent');
    if (agent.authority === framework.authorityLevels[0]?.id) roles.push('context_manager');
    if (conflict.parties.includes(agent.key)) roles.push('party');
  }
  const authority = authorityAt(framework, conflict, conflict.level);
  const groups = new Set(authority.groups.map(g => g.toLocaleLowerCase('en-US')));
  const holds =
    authority.kind !== 'consensus' &&
    ((agent !== null && authority.agents.includes(agent.key)) ||
      (actor.groups ?? []).some(g => groups.has(g.toLocaleLowerCase('en-US'))));
  if (holds) roles.push('authority');
  return roles;
}
