import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  CoordinationAgent,
  TaskActor,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';

/**
 * Who is acting: a caller, with the framework agent it maps to (none: it
 * only reads), or the plugin itself. Users and service callers (static
 * tokens, AI agents) are the same kind of actor: the framework's rules key
 * on the agent, never on how the caller signed in.
 */
export interface Actor extends TaskActor {
  agent: CoordinationAgent | null;
  /** The caller's credentials, for the permission checks; absent for the plugin itself. */
  credentials?: BackstageCredentials;
}

export const SYSTEM_PRINCIPAL = 'system:agent-coordination';

export const SYSTEM_ACTOR: Actor = { principal: SYSTEM_PRINCIPAL, agent: null, system: true };

/** The principal a caller is known by: user entity ref or service subject. */
export function principalOf(credentials: BackstageCredentials): string {
  const p = credentials.principal as { type: string; userEntityRef?: string; subject?: string };
  if (p.type === 'user' && p.userEntityRef) return p.userEntityRef;
  if (p.type === 'service' && p.subject) return p.subject;
  return p.type;
}

export function actorFor(credentials: BackstageCredentials, actors: ActorDirectory): Actor {
  const principal = principalOf(credentials);
  return { principal, agent: actors.agentFor(principal), credentials };
}
