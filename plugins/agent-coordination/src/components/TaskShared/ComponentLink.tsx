import { memo } from 'react';
import {
  parseEntityRef,
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

function parse(ref: string): CompoundEntityRef | undefined {
  try {
    return parseEntityRef(ref, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
  } catch {
    return undefined;
  }
}

/**
 * A task's component as a link to its catalog page, named by the ref's name
 * (tasks store normalised refs, `component:default/vpc`). Giving the title
 * keeps EntityRefLink from fetching each entity's presentation, which on a
 * board is one request per card.
 */
export const ComponentLink = memo(({ entityRef }: { entityRef: string }) => {
  const parsed = parse(entityRef);
  if (!parsed) return <span>{entityRef}</span>;
  return (
    <EntityRefLink entityRef={stringifyEntityRef(parsed)} title={parsed.name} />
  );
});
