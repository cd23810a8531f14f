import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SOURCE_PATH,
  RELATION_PATH_OWNED_BY,
} from '@agent-coordination/plugin-agent-coordination-common';
import { EntityOwningAgentsCard } from './EntityOwningAgentsCard';

function component(path: string | undefined, owners: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'vpc',
      annotations: path ? { [ANNOTATION_SOURCE_PATH]: path } : {},
    },
    spec: {
      type: 'terraform-component',
      owner: 'group:default/infrastructure',
    },
    relations: owners.map(targetRef => ({
      type: RELATION_PATH_OWNED_BY,
      targetRef,
    })),
  };
}

async function renderCard(entity: Entity) {
  await renderInTestApp(
    <EntityProvider entity={entity}>
      <EntityOwningAgentsCard />
    </EntityProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const links = () =>
  Array.from(screen.getByTestId('owning-agents').querySelectorAll('a'), a =>
    a.getAttribute('href'),
  );

describe('EntityOwningAgentsCard', () => {
  it('links the agent that owns the component path', async () => {
    await renderCard(
      component('components/terraform/vpc', ['agent:default/network-engineer']),
    );

    expect(
      await screen.findByText('components/terraform/vpc'),
    ).toBeInTheDocument();
    expect(links()).toEqual(['/catalog/default/agent/network-engineer']);
    expect(screen.getByTestId('owning-agents')).not.toHaveTextContent(
      'conflict',
    );
  });

  it('flags several owners as a conflict', async () => {
    await renderCard(
      component('workflows', [
        'agent:default/infrastructure-architect',
        'agent:default/cicd-engineer',
      ]),
    );

    expect(await screen.findByTestId('owning-agents')).toHaveTextContent(
      'an ownership conflict to escalate',
    );
    expect(links()).toHaveLength(2);
  });

  it('says when nobody owns the path', async () => {
    await renderCard(component('docs/site', []));

    expect(await screen.findByTestId('owning-agents')).toHaveTextContent(
      'No agent owns this path.',
    );
  });

  it('explains the annotation when the component has none', async () => {
    await renderCard(component(undefined, []));

    expect(
      (await screen.findAllByText(/agent-coordination\.io\/source-path/))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('owning-agents')).not.toBeInTheDocument();
  });
});
