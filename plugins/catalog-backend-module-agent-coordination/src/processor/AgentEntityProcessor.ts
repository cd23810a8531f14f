import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import {
  processingResult,
  type CatalogProcessor,
  type CatalogProcessorEmit,
  type LocationSpec,
} from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_OWNERSHIP_CONFLICTS,
  ANNOTATION_OWNERSHIP_NOTES,
  RELATION_FOLLOWS_RULE,
  RELATION_MCP_SERVER_USED_BY,
  RELATION_NON_BLOCKING_DEPENDENCY_OF,
  RELATION_NON_BLOCKING_DEPENDS_ON,
  RELATION_RULE_FOLLOWED_BY,
  RELATION_SKILL_USED_BY,
  RELATION_USES_MCP_SERVER,
  RELATION_USES_SKILL,
  agentEntityV1alpha1Validator,
  checkAgentGraph,
  isAgentEntity,
  resolveAgentRefs,
  type AgentEntityV1alpha1,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentDirectory } from './AgentDirectory';
import { checkAgainstFramework } from './checkAgainstFramework';
import { emitRelationPair } from './relationPair';

/**
 * The Agent kind in the catalog.
 *
 * Mistakes in one entity (schema, a tier or authority level the framework
 * does not define, refs to the wrong kind, self-dependency) fail
 * validateEntityKind, like any kind's schema errors; the framework is the
 * one the backend plugin serves (agentCoordination.framework.file). Mistakes
 * that need the other agents (unknown dependency, blocking cycle, ownership
 * conflict, duplicate agentId) are found in postProcessEntity against the
 * AgentDirectory and emitted as input errors, all of them at once, so the
 * entity page lists every problem. Errors do not hide an agent that was once
 * valid: the catalog keeps serving its last good version with the errors
 * attached. Nested ownership overlaps are not errors; they go to the
 * ANNOTATION_OWNERSHIP_NOTES annotation, the catalog having no warning level.
 * @public
 */
export class AgentEntityProcessor implements CatalogProcessor {
  readonly #directory: AgentDirectory;
  readonly #logger: LoggerService;
  readonly #framework: CoordinationFramework;
  /**
   * The ownership conflicts each agent had on its last pass. The catalog
   * processes every agent again every couple of minutes, and a conflict is
   * reported by both of its agents; the log says it once, when it appears
   * (and once more if it is resolved and comes back). It lives on in both
   * entities' annotations and in GET /framework/analysis.
   */
  readonly #conflicts = new Map<string, Set<string>>();

  constructor(options: {
    directory: AgentDirectory;
    logger: LoggerService;
    /** Defines the tiers and authority levels an Agent may have. */
    framework: CoordinationFramework;
  }) {
    this.#directory = options.directory;
    this.#logger = options.logger;
    this.#framework = options.framework;
  }

  getProcessorName(): string {
    return 'AgentEntityProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!(await agentEntityV1alpha1Validator.check(entity))) return false;
    const agent = entity as AgentEntityV1alpha1;
    checkAgainstFramework(agent, this.#framework);
    resolveAgentRefs(agent);
    this.#directory.remember(agent);
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isAgentEntity(entity)) return entity;
    this.#emitRelations(entity, emit);

    let agents: AgentEntityV1alpha1[];
    try {
      agents = await this.#directory.list();
    } catch (error) {
      // No catalog read has worked yet (start-up): skipping beats failing
      // every agent with an error about the catalog; the next pass checks.
      this.#logger.warn(
        `Skipped cross-agent checks of ${entity.metadata.name}: ${error}`,
      );
      return withNotes(entity, [], []);
    }
    const notes: string[] = [];
    const conflicts: string[] = [];
    for (const problem of checkAgentGraph(entity, agents)) {
      if (problem.severity === 'error') {
        emit(processingResult.inputError(location, problem.message));
      } else if (problem.severity === 'conflict') {
        conflicts.push(problem.message);
      } else {
        notes.push(problem.message);
      }
    }
    this.#logNewConflicts(stringifyEntityRef(entity), conflicts);
    return withNotes(entity, notes, conflicts);
  }

  #logNewConflicts(entityRef: string, conflicts: string[]) {
    const known = (message: string) =>
      [...this.#conflicts.values()].some(set => set.has(message));
    const fresh = conflicts.filter(message => !known(message));
    if (conflicts.length > 0) {
      this.#conflicts.set(entityRef, new Set(conflicts));
    } else {
      this.#conflicts.delete(entityRef);
    }
    for (const message of fresh) {
      this.#logger.warn(
        `${message} (logged once; both agents' entity pages show it)`,
        { entity: entityRef },
      );
    }
  }

  #emitRelations(agent: AgentEntityV1alpha1, emit: CatalogProcessorEmit) {
    const refs = resolveAgentRefs(agent);
    const pair = (type: string, target: string, inverse: string) =>
      emitRelationPair(emit, agent, type, target, inverse);

    pair(RELATION_OWNED_BY, refs.owner, RELATION_OWNER_OF);
    if (refs.system) pair(RELATION_PART_OF, refs.system, RELATION_HAS_PART);
    for (const dep of refs.dependencies) {
      if (dep.blocking) {
        pair(RELATION_DEPENDS_ON, dep.target, RELATION_DEPENDENCY_OF);
      } else {
        pair(
          RELATION_NON_BLOCKING_DEPENDS_ON,
          dep.target,
          RELATION_NON_BLOCKING_DEPENDENCY_OF,
        );
      }
    }
    for (const skill of refs.skills) {
      pair(RELATION_USES_SKILL, skill, RELATION_SKILL_USED_BY);
    }
    for (const rule of refs.rules) {
      pair(RELATION_FOLLOWS_RULE, rule, RELATION_RULE_FOLLOWED_BY);
    }
    for (const server of refs.mcpServers) {
      pair(RELATION_USES_MCP_SERVER, server, RELATION_MCP_SERVER_USED_BY);
    }
  }
}

/** Sets the notes and conflicts annotations, or removes them: only this processor writes them. */
function withNotes(
  entity: Entity,
  notes: string[],
  conflicts: string[],
): Entity {
  const {
    [ANNOTATION_OWNERSHIP_NOTES]: _oldNotes,
    [ANNOTATION_OWNERSHIP_CONFLICTS]: _oldConflicts,
    ...annotations
  } = entity.metadata.annotations ?? {};
  if (notes.length > 0) {
    annotations[ANNOTATION_OWNERSHIP_NOTES] = notes.join('\n');
  }
  if (conflicts.length > 0) {
    annotations[ANNOTATION_OWNERSHIP_CONFLICTS] = conflicts.join('\n');
  }
  return { ...entity, metadata: { ...entity.metadata, annotations } };
}
