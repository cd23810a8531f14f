import { screen, waitFor } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_OWNERSHIP_CONFLICTS,
  ANNOTATION_OWNERSHIP_NOTES,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { exampleAgent } from '../../__testUtils__/agents';
import {
  frameworkWithLimitedAuthority,
  loadSeedFramework,
  mockAgentCoordinationApi,
} from '../../__testUtils__/framework';
import { EntityAgentOverviewCard } from './EntityAgentOverviewCard';

async function renderCard(entity: Entity, api = mockAgentCoordinationApi()) {
  await renderInTestApp(
    <TestApiProvider apis={[[agentCoordinationApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityAgentOverviewCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const hrefs = (label: string) =>
  Array.from(screen.getByText(label).parentElement!.querySelectorAll('a'), a =>
    a.getAttribute('href'),
  );

describe('EntityAgentOverviewCard', () => {
  it("shows the agent's role, tier, authority, responsibilities and ownership", async () => {
    const entity = exampleAgent('network-engineer');
    entity.metadata.annotations = {
      [ANNOTATION_OWNERSHIP_NOTES]:
        "ownership 'components/terraform/vpc/*' is nested in 'components/terraform/*'",
    };
    await renderCard(entity);

    const card = await screen.findByTestId('entity-agent-overview');
    expect(card).toHaveTextContent('agent-004');
    expect(
      await screen.findByText('2 · Infrastructure Layer'),
    ).toBeInTheDocument();
    expect(screen.getByText('Network Architecture')).toBeInTheDocument();
    expect(screen.getByTestId('authority-chip')).toHaveTextContent('SENIOR');
    expect(
      screen.getByText('Own the network engineer work'),
    ).toBeInTheDocument();
    expect(screen.getByText('components/terraform/vpc/*')).toBeInTheDocument();
    expect(screen.getByText('components/terraform/dns/*')).toBeInTheDocument();
    expect(screen.getByTestId('ownership-notes')).toHaveTextContent(
      'is nested in',
    );
    expect(hrefs('Owner')).toEqual(['/catalog/default/group/infrastructure']);
  });

  it('shows an ownership conflict as an error panel', async () => {
    const entity = exampleAgent('infrastructure-architect');
    entity.metadata.annotations = {
      [ANNOTATION_OWNERSHIP_CONFLICTS]:
        "ownership conflict: 'workflows/*' of agent:default/cicd-engineer and 'workflows/*' of agent:default/infrastructure-architect both claim workflows/x",
    };
    await renderCard(entity);
    expect(await screen.findByTestId('ownership-conflicts')).toHaveTextContent(
      "'workflows/*' of agent:default/cicd-engineer and 'workflows/*' of agent:default/infrastructure-architect both claim workflows/x",
    );
  });

  it('shows no conflict panel for an agent without conflicts', async () => {
    await renderCard(exampleAgent('network-engineer'));
    await screen.findByTestId('entity-agent-overview');
    expect(screen.queryByTestId('ownership-conflicts')).toBeNull();
  });

  it('links dependencies and dependents, blocking and non-blocking apart', async () => {
    await renderCard(exampleAgent('network-engineer'));
    await screen.findByTestId('entity-agent-overview');

    expect(hrefs('Depends on (blocking)')).toEqual([
      '/catalog/default/agent/infrastructure-architect',
    ]);
    expect(
      screen.getByText('Depends on (non-blocking)').parentElement,
    ).toHaveTextContent('Nothing');
    expect(hrefs('Blocks')).toEqual([
      '/catalog/default/agent/kubernetes-specialist',
    ]);
    expect(hrefs('Followed by (non-blocking)')).toEqual([
      '/catalog/default/agent/testing-engineer',
    ]);
  });

  it('falls back to the tier number when the framework cannot be loaded', async () => {
    await renderCard(
      exampleAgent('testing-engineer'),
      mockAgentCoordinationApi({
        getFramework: async () => {
          throw new Error('offline');
        },
      }),
    );

    expect(await screen.findByText('Tier 5')).toBeInTheDocument();
    expect(hrefs('Depends on (non-blocking)')).toHaveLength(3);
  });

  it('says so when placed on an entity that is not an Agent', async () => {
    await renderCard({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'vpc' },
      spec: {},
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(/Not an agent/i);
    expect(
      screen.queryByTestId('entity-agent-overview'),
    ).not.toBeInTheDocument();
  });
  it("ranks the agent's authority by the framework's levels", async () => {
    // The framework lists STANDARD first here: its highest level, drawn filled.
    const framework = loadSeedFramework();
    framework.authorityLevels = [...framework.authorityLevels].reverse();
    await renderCard(
      exampleAgent('testing-engineer'),
      mockAgentCoordinationApi({ getFramework: async () => framework }),
    );

    const chip = await screen.findByTestId('authority-chip');
    expect(chip).toHaveTextContent('STANDARD');
    await waitFor(() => expect(chip.className).toMatch(/MuiChip-colorPrimary/));
    expect(chip.className).not.toMatch(/MuiChip-outlined/);
  });

  it('shows a level only its own framework defines, e.g. LIMITED', async () => {
    const entity = exampleAgent('testing-engineer');
    entity.spec.authority = 'LIMITED';
    await renderCard(
      entity,
      mockAgentCoordinationApi({
        getFramework: async () => frameworkWithLimitedAuthority(),
      }),
    );

    expect(
      await screen.findByText('5 · Quality & Documentation'),
    ).toBeInTheDocument();
    const chip = screen.getByTestId('authority-chip');
    expect(chip).toHaveTextContent('LIMITED');
    // Fourth of four: neither of the two highest colours.
    expect(chip.className).not.toMatch(/MuiChip-colorPrimary/);
  });
});
