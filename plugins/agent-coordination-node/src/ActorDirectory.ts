import type { Config } from '@backstage/config';
import type {
  CoordinationAgent,
  CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';

/** One entry of `agentCoordination.actors`. @public */
export interface ActorMapping {
  /** A user entity ref (`user:default/alice`) or an external-access subject (`cli-agent`). */
  principal: string;
  /** The framework agent key the principal acts as. */
  agent: string;
}

/**
 * Which framework agent each caller acts as, from `agentCoordination.actors`.
 * Read once per process and checked at start-up: a mapping to an agent the
 * framework does not have, or a principal mapped twice, is a configuration
 * error, not something to discover on the first request.
 * @public
 */
export class ActorDirectory {
  private readonly byPrincipal: Map<string, CoordinationAgent>;

  private constructor(
    private readonly mappings: ActorMapping[],
    framework: CoordinationFramework,
  ) {
    const byKey = new Map(framework.agents.map(a => [a.key, a]));
    this.byPrincipal = new Map(mappings.map(m => [m.principal, byKey.get(m.agent)!]));
  }

  static fromConfig(config: Config, framework: CoordinationFramework): ActorDirectory {
    const entries = config.getOptionalConfigArray('agentCoordination.actors') ?? [];
    const mappings = entries.map((entry, i) => ({
      principal: entry.getString('principal'),
      agent: entry.getString('agent'),
      index: i,
    }));
    return ActorDirectory.fromMappings(mappings, framework, 'agentCoordination.actors');
  }

  /** @param where - how the mappings are named in error messages */
  static fromMappings(
    mappings: ActorMapping[],
    framework: CoordinationFramework,
    where = 'actors',
  ): ActorDirectory {
    const keys = framework.agents.map(a => a.key);
    const seen = new Map<string, number>();
    const problems: string[] = [];
    mappings.forEach((m, i) => {
      if (!keys.includes(m.agent)) {
        problems.push(`${where}[${i}].agent: unknown agent '${m.agent}'; the framework's agents are ${keys.join(', ')}`);
      }
      if (!m.principal.trim()) problems.push(`${where}[${i}].principal: must not be empty`);
      const first = seen.get(m.principal);
      if (first !== undefined) {
        problems.push(`${where}[${i}].principal: '${m.principal}' is already mapped by ${where}[${first}]`);
      }
      seen.set(m.principal, i);
    });
    if (problems.length > 0) {
      throw new Error(`Invalid agent coordination actors:\n  - ${problems.join('\n  - ')}`);
    }
    return new ActorDirectory(
      mappings.map(({ principal, agent }) => ({ principal, agent })),
      framework,
    );
  }

  /** The framework agent `principal` acts as, or null when it is mapped to none (it may then only read). */
  agentFor(principal: string): CoordinationAgent | null {
    return this.byPrincipal.get(principal) ?? null;
  }

  /** The principals acting as `agentKey`: whom to notify about that agent. */
  principalsOf(agentKey: string): string[] {
    return this.mappings.filter(m => m.agent === agentKey).map(m => m.principal);
  }

  entries(): ActorMapping[] {
    return [...this.mappings];
  }
}
