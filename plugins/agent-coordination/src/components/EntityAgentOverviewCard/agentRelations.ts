import {
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import type { Entity } from '@backstage/catalog-model';
import { getEntityRelations } from '@backstage/plugin-catalog-react';
import {
  RELATION_NON_BLOCKING_DEPENDENCY_OF,
  RELATION_NON_BLOCKING_DEPENDS_ON,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * An Agent's links to other agents, read from the relations the catalog
 * module emits (both directions), so the card needs no request of its own.
 * Backstage's dependsOn also links to Components and Resources: only Agent
 * targets count here.
 */
export function agentRelations(entity: Entity) {
  const agents = (type: string) =>
    getEntityRelations(entity, type, { kind: 'agent' });
  return {
    dependsOn: agents(RELATION_DEPENDS_ON),
    nonBlockingDependsOn: agents(RELATION_NON_BLOCKING_DEPENDS_ON),
    dependencyOf: agents(RELATION_DEPENDENCY_OF),
    nonBlockingDependencyOf: agents(RELATION_NON_BLOCKING_DEPENDENCY_OF),
  };
}
