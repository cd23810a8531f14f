import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type {
  CoordinationAgent,
  CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';

/** Who is acting: a caller (with the framework agent it maps to, if any) or the service itself. */
export interface Actor {
  /** User entity ref, external-access subject, or SYSTEM_PRINCIPAL. */
  principal: string;
  agent: CoordinationAgent | null;
  /** The caller's credentials, for the permission checks that will use them; absent for the system. */
  credentials?: BackstageCredentials;
}

export const SYSTEM_PRINCIPAL = 'system:agent-coordination';

export const SYSTEM_ACTOR: Actor = { principal: SYSTEM_PRINCIPAL, agent: null };

/** The principal a caller is known by: user entity ref or service subject. */
export function principalOf(credentials: BackstageCredentials): string {
  const p = credentials.principal as { type: string; userEntityRef?: string; subject?: string };
  if (p.type === 'user' && p.userEntityRef) return p.userEntityRef;
  if (p.type === 'service' && p.subject) return p.subject;
  return p.type;
}

/**
 * Maps callers to framework agents from `agentCoordination.actors`. Checked
 * at start-up: a mapping to an agent the framework does not have is a
 * configuration error, not something to discover on the first request.
 */
export class ActorResolver {
  private constructor(private readonly agents: Map<string, CoordinationAgent>) {}

  static fromConfig(config: Config, framework: CoordinationFramework): ActorResolver {
    const entries = config.getOptionalConfigArray('agentCoordination.actors') ?? [];
    const byKey = new Map(framework.agents.map(a => [a.key, a]));
    const agents = new Map<string, CoordinationAgent>();
    entries.forEach((entry, i) => {
      const principal = entry.getString('principal');
      const key = entry.getString('agent');
      const agent = byKey.get(key);
      if (!agent) {
        throw new Error(
          `agentCoordination.actors[${i}].agent: unknown agent '${key}'; the framework's agents are ${[
            ...byKey.keys(),
          ].join(', ')}`,
        );
      }
      agents.set(principal, agent);
    });
    return new ActorResolver(agents);
  }

  resolve(credentials: BackstageCredentials): Actor {
    const principal = principalOf(credentials);
    return { principal, agent: this.agents.get(principal) ?? null, credentials };
  }
}
