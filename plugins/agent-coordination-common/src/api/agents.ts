/*
 * Response bodies of the agent routes (GET /agents, /agents/graph,
 * /ownership; see the backend's src/schema/openapi.yaml). The agents
 * themselves live in the catalog: these add what the backend computes.
 */
import type { AgentEntityV1alpha1 } from '../kind/AgentEntityV1alpha1';
import type { GraphAnalysis } from '../rules/graph';

/** One dependency edge between two agents, by full entity ref. @public */
export interface AgentLink {
  /** Full entity ref, e.g. `agent:default/network-engineer`. */
  agent: string;
  blocking: boolean;
}

/** An Agent entity with what the backend derives from all agents. @public */
export interface AgentSummary {
  /** Full entity ref, e.g. `agent:default/network-engineer`. */
  entityRef: string;
  entity: AgentEntityV1alpha1;
  /** The framework's name for `entity.spec.tier`, if the framework has it. */
  tierName?: string;
  /** What this agent depends on, blocking first. */
  dependencies: AgentLink[];
  /** Agents that depend on this one, in the list's order. */
  dependents: AgentLink[];
  dependenciesCount: number;
  dependentsCount: number;
  /**
   * Tasks assigned to the agent (the framework agent whose id is
   * `entity.spec.agentId`) and not in a terminal lifecycle state, among the
   * tasks the caller may read; 0 when the caller may not read tasks.
   */
  openTasks: number;
}

/** Response of GET /agents: every Agent the caller may see. @public */
export interface AgentListResponse {
  /** By tier, then agentId. */
  items: AgentSummary[];
}

/** A node of the agent graph. @public */
export interface AgentGraphNode {
  /** Full entity ref: what edges and the analysis refer to. */
  id: string;
  name: string;
  title: string;
  agentId: string;
  tier: number;
  tierName?: string;
  authority: string;
}

/** An edge of the agent graph: `from` depends on `to`. @public */
export interface AgentGraphEdge {
  from: string;
  to: string;
  blocking: boolean;
}

/** Response of GET /agents/graph. @public */
export interface AgentGraphResponse {
  nodes: AgentGraphNode[];
  /** Both kinds; dependencies on agents the caller cannot see are left out. */
  edges: AgentGraphEdge[];
  /**
   * Cycles, order and critical path over the blocking edges only: a
   * non-blocking dependency never makes an agent wait, so it cannot deadlock
   * or lengthen a chain. Every agent weighs 1 on the critical path.
   */
  analysis: GraphAnalysis;
}

/** An agent glob that matches the looked-up path. @public */
export interface OwnershipMatch {
  /** Full entity ref of the agent. */
  agent: string;
  title?: string;
  agentId: string;
  glob: string;
  /** Literal characters of the glob: higher is more specific. */
  specificity: number;
  /** No other matching glob lies strictly inside this one. */
  primary: boolean;
}

/**
 * Two matching globs of different agents. `nested` when one lies strictly
 * inside the other (its agent is the primary owner: the seed writes ownership
 * this way); otherwise neither wins and the path's ownership is in conflict.
 * @public
 */
export interface OwnershipMatchOverlap {
  a: string;
  globA: string;
  b: string;
  globB: string;
  nested: boolean;
}

/** Response of GET /ownership?path=… @public */
export interface OwnershipLookupResponse {
  /** The path as looked up (leading './' and '/' runs normalised). */
  path: string;
  /** Most specific first; ties keep the agents' order. */
  owners: OwnershipMatch[];
  /** Entity refs of the primary owners: one, or several when in conflict. */
  primary: string[];
  overlaps: OwnershipMatchOverlap[];
  /** True when more than one agent is primary. */
  conflict: boolean;
}
