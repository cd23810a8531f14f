import {
  entityKindSchemaValidator,
  type Entity,
  type KindValidator,
} from '@backstage/catalog-model';
import schema from './Agent.v1alpha1.schema.json';

/**
 * The kind name of agent entities.
 * @public
 */
export const AGENT_KIND = 'Agent';

/**
 * The apiVersion of agent entities. Not backstage.io: that group is reserved
 * for Backstage's own kinds.
 * @public
 */
export const AGENT_API_VERSION = 'agent-coordination.io/v1alpha1';

/**
 * The id of one of the framework's authority levels (`authorityLevels`,
 * highest first), e.g. the seed's FULL, SENIOR or STANDARD. A string, not a
 * union of the seed's ids: another organisation's framework defines its own.
 * @public
 */
export type AgentAuthority = string;

/**
 * An agent of the coordination framework (seed §2) as a catalog entity.
 * Entity refs in the spec may be shorthand; each field names the kind it
 * defaults to.
 * @public
 */
export interface AgentEntityV1alpha1 extends Entity {
  apiVersion: typeof AGENT_API_VERSION;
  kind: typeof AGENT_KIND;
  spec: {
    /**
     * What kind of worker it is: `ai-agent`, `human`, or another type an
     * organisation uses. The catalog shows it in its Type column and filter.
     */
    type?: string;
    /** e.g. agent-001 */
    agentId: string;
    role: string;
    tier: number;
    authority: AgentAuthority;
    responsibilities?: string[];
    ownership?: {
      /** Globs in the infrastructure monorepo; a trailing /* is the subtree. */
      paths?: string[];
      /** Owned concerns that are not paths. */
      areas?: string[];
    };
    /** Blocking dependencies: refs of Agents (default kind Agent). */
    dependsOn?: string[];
    /** Dependencies that warn but never block (default kind Agent). */
    nonBlockingDependsOn?: string[];
    /** Defaults to DEPENDENCIES. A list holds Agent refs. */
    communication?: 'ALL_AGENTS' | 'DEPENDENCIES' | string[];
    /** Ref of the accountable Group or User (default kind Group). */
    owner: string;
    /** Ref of a System (default kind System). */
    system?: string;
    /** Refs of AiResource skills (default kind AiResource). */
    skills?: string[];
    /** Refs of AiResource rules (default kind AiResource). */
    rules?: string[];
    /** Refs of API entities of type mcp-server (default kind API). */
    mcpServers?: string[];
  };
}

const validate = entityKindSchemaValidator<AgentEntityV1alpha1>(schema);

/**
 * Checks an entity against the Agent schema: resolves false for other kinds,
 * true for a valid Agent, and rejects with a TypeError naming the first
 * problem (e.g. `/spec/tier must be integer - type: integer`).
 * @public
 */
export const agentEntityV1alpha1Validator: KindValidator = {
  // KindValidator predates entityKindSchemaValidator's false-or-throw contract.
  async check(data: Entity) {
    return validate(data) === data;
  },
};

/**
 * Whether an entity is an Agent. Checks kind and apiVersion only, not the
 * spec: the catalog has validated entities it returns.
 * @public
 */
export function isAgentEntity(entity: Entity): entity is AgentEntityV1alpha1 {
  return entity.apiVersion === AGENT_API_VERSION && entity.kind === AGENT_KIND;
}
