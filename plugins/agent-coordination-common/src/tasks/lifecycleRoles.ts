import type { LifecycleDefinition, StateRole } from '../rules/lifecycle';

/**
 * The lifecycle's states by what they mean to the task service. The
 * framework names them (lifecycle.states[].role) and parseFramework checks
 * every role is there, so the service never assumes a state is called
 * IN_PROGRESS or COMPLETED.
 * @public
 */
export interface LifecycleRoles {
  definition: LifecycleDefinition;
  initial: string;
  assigned: string;
  running: string;
  blocked: string;
  done: string;
  failed: string;
  terminal: string[];
}

const cache = new WeakMap<LifecycleDefinition, LifecycleRoles>();

/**
 * @throws Error naming the missing roles, for a lifecycle that did not go
 * through parseFramework.
 * @public
 */
export function lifecycleRoles(definition: LifecycleDefinition): LifecycleRoles {
  const cached = cache.get(definition);
  if (cached) return cached;
  const stateOf = (role: StateRole) => definition.states.find(s => s.role === role)?.name;
  const roles = ['assigned', 'running', 'blocked', 'done', 'failed'] as const;
  const missing = roles.filter(r => stateOf(r) === undefined);
  if (missing.length > 0) {
    throw new Error(
      `The lifecycle names no state with role ${missing.join(', ')}; mark them with 'role' in lifecycle.states`,
    );
  }
  const out: LifecycleRoles = {
    definition,
    initial: definition.initial,
    assigned: stateOf('assigned')!,
    running: stateOf('running')!,
    blocked: stateOf('blocked')!,
    done: stateOf('done')!,
    failed: stateOf('failed')!,
    terminal: definition.terminal,
  };
  cache.set(definition, out);
  return out;
}
