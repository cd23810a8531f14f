import {
  getCompoundEntityRef,
  parseEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import {
  processingResult,
  type CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';

/**
 * Emits a relation and its inverse: the catalog keeps a relation only on the
 * entity it starts from, so without the inverse the target's page would not
 * show it.
 */
export function emitRelationPair(
  emit: CatalogProcessorEmit,
  source: Entity | string,
  type: string,
  target: Entity | string,
  inverseType: string,
): void {
  const ref = (e: Entity | string) =>
    typeof e === 'string' ? parseEntityRef(e) : getCompoundEntityRef(e);
  const from = ref(source);
  const to = ref(target);
  emit(processingResult.relation({ source: from, type, target: to }));
  emit(
    processingResult.relation({ source: to, type: inverseType, target: from }),
  );
}
