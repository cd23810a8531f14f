import {
  checkTransition,
  type CoordinationFramework,
  type LifecycleDefinition,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * The states the service gives meaning to. The lifecycle is data, but
 * auto-block and auto-unblock need to know which state is "running", which
 * is "blocked" and which is "done"; a framework without them cannot run the
 * task service, and start-up says so.
 */
export interface LifecycleStates {
  definition: LifecycleDefinition;
  initial: string;
  assigned: string;
  running: string;
  blocked: string;
  done: string;
  terminal: string[];
}

export function lifecycleStates(framework: CoordinationFramework): LifecycleStates {
  const definition = framework.lifecycle as LifecycleDefinition;
  const names = definition.states.map(s => s.name);
  const required = ['ASSIGNED', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED'];
  const missing = required.filter(s => !names.includes(s));
  if (missing.length > 0) {
    throw new Error(
      `The task service needs lifecycle states ${required.join(', ')}; the framework lacks ${missing.join(', ')}`,
    );
  }
  for (const [from, to] of [
    ['IN_PROGRESS', 'BLOCKED'],
    ['BLOCKED', 'IN_PROGRESS'],
  ]) {
    if (!checkTransition(definition, from, to, ['system']).allowed) {
      throw new Error(
        `The task service blocks and unblocks tasks itself: the framework must let 'system' trigger ${from} -> ${to}`,
      );
    }
  }
  return {
    definition,
    initial: definition.initial,
    assigned: 'ASSIGNED',
    running: 'IN_PROGRESS',
    blocked: 'BLOCKED',
    done: 'COMPLETED',
    terminal: definition.terminal,
  };
}
