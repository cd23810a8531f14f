import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AGENT_KIND,
  isAgentEntity,
  type AgentEntityV1alpha1,
} from '@agent-coordination/plugin-agent-coordination-common';

/** @public */
export interface AgentDirectoryOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  /** How long one read of the catalog's Agents is reused. Default 30 s. */
  catalogTtlMs?: number;
  /** How long an agent this process validated stays known unseen. Default 10 min. */
  seenTtlMs?: number;
  now?: () => number;
}

/**
 * All Agent entities, for the checks that need more than one of them.
 *
 * The catalog API only returns stitched entities, and an entity whose first
 * processing fails is never stitched. Reading the catalog alone would
 * therefore deadlock a fresh import: each agent processed before its
 * dependencies sees them as unknown, fails, and stays invisible to the
 * others, and two agents in a cycle would report each other as unknown
 * forever instead of naming the cycle. So the directory also remembers every
 * agent that passed schema validation in this process (every agent does,
 * once per processing interval) and serves the union: after one pass the
 * picture is complete. The remembered copy wins over the catalog's because
 * it is the newer one. The cost: a deleted agent is still known here for
 * `seenTtlMs`.
 *
 * Catalog reads are shared by every entity processed within `catalogTtlMs`
 * (a processing batch), and a failed read falls back to the last good one.
 * @public
 */
export class AgentDirectory {
  readonly #options: AgentDirectoryOptions;
  readonly #now: () => number;
  readonly #seen = new Map<
    string,
    { agent: AgentEntityV1alpha1; at: number }
  >();
  #snapshot?: { agents: AgentEntityV1alpha1[]; at: number };
  #pending?: Promise<AgentEntityV1alpha1[]>;

  constructor(options: AgentDirectoryOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** Records an agent that passed its own validation. */
  remember(agent: AgentEntityV1alpha1): void {
    this.#seen.set(stringifyEntityRef(agent), { agent, at: this.#now() });
  }

  /**
   * Every known agent. Rejects only when the catalog has never been read
   * successfully.
   */
  async list(): Promise<AgentEntityV1alpha1[]> {
    const fromCatalog = await this.#catalogAgents();
    const now = this.#now();
    const seenTtl = this.#options.seenTtlMs ?? 10 * 60_000;
    const byRef = new Map<string, AgentEntityV1alpha1>();
    for (const agent of fromCatalog)
      byRef.set(stringifyEntityRef(agent), agent);
    for (const [ref, { agent, at }] of this.#seen) {
      if (now - at > seenTtl) this.#seen.delete(ref);
      else byRef.set(ref, agent);
    }
    return [...byRef.values()];
  }

  async #catalogAgents(): Promise<AgentEntityV1alpha1[]> {
    const ttl = this.#options.catalogTtlMs ?? 30_000;
    if (this.#snapshot && this.#now() - this.#snapshot.at < ttl) {
      return this.#snapshot.agents;
    }
    this.#pending ??= this.#read().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #read(): Promise<AgentEntityV1alpha1[]> {
    const { catalog, auth, logger } = this.#options;
    try {
      const { items } = await catalog.getEntities(
        { filter: { kind: AGENT_KIND } },
        { credentials: await auth.getOwnServiceCredentials() },
      );
      const agents = items.filter(isAgentEntity);
      this.#snapshot = { agents, at: this.#now() };
      return agents;
    } catch (error) {
      if (!this.#snapshot) throw error;
      logger.warn(
        `Could not read Agent entities from the catalog, using the copy from ${new Date(
          this.#snapshot.at,
        ).toISOString()}: ${error}`,
      );
      return this.#snapshot.agents;
    }
  }
}
