import type { CatalogTableRow } from '@backstage/plugin-catalog';
import { agentAwareColumns } from './agentCatalogColumns';

type Entity = CatalogTableRow['entity'];

const agent: Entity = {
  apiVersion: 'agent-coordination.io/v1alpha1',
  kind: 'Agent',
  metadata: { name: 'network-engineer' },
  spec: {
    type: 'ai-agent',
    agentId: 'agent-004',
    role: 'Network Architecture',
    tier: 2,
    authority: 'SENIOR',
    owner: 'group:default/infrastructure',
  },
};
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'vpc' },
  spec: { type: 'service', lifecycle: 'production', owner: 'x' },
};

function titles(entities: Entity[], kind: string, type?: string) {
  const columns = agentAwareColumns()({
    entities,
    filters: {
      kind: { value: kind },
      ...(type ? { type: { value: type } } : {}),
    },
  } as any);
  // The catalog's own titles are translated elements; name them by key.
  return columns
    .filter(c => !c.hidden)
    .map(c =>
      typeof c.title === 'string'
        ? c.title
        : (c.title as any)?.props?.translationKey,
    );
}

describe('agentAwareColumns', () => {
  it('gives Agents their tier, role and authority instead of lifecycle and system', () => {
    expect(titles([agent], 'agent')).toEqual([
      'name',
      'type',
      'Tier',
      'Role',
      'Authority',
      'owner',
      'tags',
    ]);
    // Before the entities arrive, the kind filter decides.
    expect(titles([], 'agent')).toContain('Authority');
  });

  it('hides the Type column once a type is picked, as the catalog does', () => {
    expect(titles([agent], 'agent', 'ai-agent')).not.toContain('type');
  });

  it("leaves other kinds to the catalog's columns", () => {
    const shown = titles([component], 'component');
    expect(shown).toContain('lifecycle');
    expect(shown).not.toContain('Authority');
  });
});
