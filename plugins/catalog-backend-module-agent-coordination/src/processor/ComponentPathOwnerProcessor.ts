import type { Entity } from '@backstage/catalog-model';
import type {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_SOURCE_PATH,
  RELATION_OWNS_PATH_OF,
  RELATION_PATH_OWNED_BY,
  findPathOwners,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentDirectory } from './AgentDirectory';
import { emitRelationPair } from './relationPair';

/**
 * Links each Component that has ANNOTATION_SOURCE_PATH to the agents that
 * own that path (ownsPathOf / pathOwnedBy).
 *
 * The matching runs while the Component is processed rather than the Agent:
 * agents are few and already held by the AgentDirectory, components may be
 * thousands, so each component checks a dozen globs instead of every agent
 * paging through all components. It also means a new or moved component
 * gets its owner on its own processing. A failed directory read throws, so
 * the component keeps its previous relations instead of losing them.
 * @public
 */
export class ComponentPathOwnerProcessor implements CatalogProcessor {
  readonly #directory: AgentDirectory;

  constructor(options: { directory: AgentDirectory }) {
    this.#directory = options.directory;
  }

  getProcessorName(): string {
    return 'AgentComponentPathOwnerProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const path = entity.metadata.annotations?.[ANNOTATION_SOURCE_PATH];
    if (entity.kind.toLowerCase() !== 'component' || !path) return entity;
    const agents = await this.#directory.list();
    for (const owner of findPathOwners(agents, path)) {
      emitRelationPair(
        emit,
        owner.agent,
        RELATION_OWNS_PATH_OF,
        entity,
        RELATION_PATH_OWNED_BY,
      );
    }
    return entity;
  }
}
