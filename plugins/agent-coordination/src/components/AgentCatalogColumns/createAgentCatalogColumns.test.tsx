import { render, screen } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import { exampleAgent } from '../../__testUtils__/agents';
import { frameworkWithLimitedAuthority } from '../../__testUtils__/framework';
import { createAgentCatalogColumns } from './createAgentCatalogColumns';

const row = (entity: Entity) => ({ entity });

function agentWith(name: string, authority: string) {
  const entity = exampleAgent(name);
  entity.spec.authority = authority;
  return row(entity);
}

describe('createAgentCatalogColumns', () => {
  const framework = frameworkWithLimitedAuthority();
  const [tier, role, authority] = createAgentCatalogColumns(framework);

  it('offers tier, role and authority columns', () => {
    expect(createAgentCatalogColumns().map(c => c.title)).toEqual([
      'Tier',
      'Role',
      'Authority',
    ]);
    expect(role.field).toBe('entity.spec.role');
  });

  it("names the tier after the framework's, or numbers it without one", () => {
    render(<>{tier.render!(row(exampleAgent('network-engineer')), 'row')}</>);
    expect(screen.getByText('2 · Infrastructure Layer')).toBeInTheDocument();

    const [bare] = createAgentCatalogColumns();
    render(<>{bare.render!(row(exampleAgent('network-engineer')), 'row')}</>);
    expect(screen.getByText('Tier 2')).toBeInTheDocument();
  });

  it("sorts authority by the framework's order, a LIMITED level included", () => {
    const rows = [
      agentWith('testing-engineer', 'LIMITED'),
      agentWith('kubernetes-specialist', 'STANDARD'),
      agentWith('context-manager', 'FULL'),
      agentWith('network-engineer', 'SENIOR'),
    ];
    rows.sort((a, b) => authority.customSort!(a, b, 'row'));
    expect(rows.map(r => r.entity.spec?.authority)).toEqual([
      'FULL',
      'SENIOR',
      'STANDARD',
      'LIMITED',
    ]);
  });

  it('draws the authority as a chip and leaves other kinds blank', () => {
    render(
      <>{authority.render!(agentWith('testing-engineer', 'LIMITED'), 'row')}</>,
    );
    expect(screen.getByTestId('authority-chip')).toHaveTextContent('LIMITED');

    const component = row({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'vpc' },
    });
    expect(authority.render!(component, 'row')).toBeNull();
    expect(tier.render!(component, 'row')).toBeNull();
  });
});
