import { screen, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import type { ConflictPage } from '@agent-coordination/plugin-agent-coordination-common';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { conflictError, exampleConflict } from '../../__testUtils__/conflicts';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { EntityComponentConflictsCard } from './EntityComponentConflictsCard';

const vpc: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'vpc', namespace: 'default' },
  spec: { type: 'terraform', owner: 'group:default/infrastructure', lifecycle: 'production' },
};

async function renderCard(listConflicts: () => Promise<ConflictPage>) {
  const api = mockAgentCoordinationApi({ listConflicts: jest.fn(listConflicts) });
  await renderConflictUi(
    <EntityProvider entity={vpc}>
      <EntityComponentConflictsCard />
    </EntityProvider>,
    api,
  );
  return api;
}

describe('EntityComponentConflictsCard', () => {
  it('lists the conflicts about the component, open and decided', async () => {
    const api = await renderCard(async () => ({
      items: [
        exampleConflict({
          id: 'c-1',
          level: 'L2',
          deadlineAt: new Date(Date.now() + 3_600_000).toISOString(),
          subject: { tasks: [], components: ['component:default/vpc'], paths: [] },
        }),
        exampleConflict({
          id: 'c-0',
          title: 'Old CIDR dispute',
          status: 'resolved',
          resolution: {
            decision: 'Keep /16',
            rationale: 'r',
            by: 'consensus',
            byAgent: null,
            via: 'consensus',
            at: '2025-02-01T00:00:00.000Z',
          },
        }),
      ],
      nextCursor: null,
    }));

    await screen.findByTestId('conflict-list');
    expect(api.listConflicts).toHaveBeenCalledWith({ component: 'component:default/vpc', limit: 50 });
    const open = screen.getByTestId('conflict-item-c-1');
    expect(within(open).getByRole('link', { name: 'VPC module merge' })).toHaveAttribute(
      'href',
      '/agent-coordination/conflicts/c-1',
    );
    expect(within(open).getByTestId('level-chip')).toHaveTextContent('L2');
    expect(open).toHaveTextContent('Context Manager decides');
    expect(open).toHaveTextContent('Between Network Engineer, Kubernetes Specialist');
    expect(within(open).getByTestId('countdown')).toHaveTextContent(/^59m \d+s left$/);
    const decided = screen.getByTestId('conflict-item-c-0');
    expect(decided).toHaveTextContent('decided: “Keep /16”');
    expect(within(decided).getByTestId('countdown')).toHaveAttribute('data-state', 'resolved');
  });

  it('says so when no conflict is about it', async () => {
    await renderCard(async () => ({ items: [], nextCursor: null }));
    expect(await screen.findByTestId('conflicts-empty')).toHaveTextContent(
      'No conflict is about this component.',
    );
  });

  it('shows progress while loading', async () => {
    await renderCard(() => new Promise<ConflictPage>(() => {}));
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it("shows the backend's message for a refused component ref", async () => {
    const error = await conflictError(
      400,
      'Bad Request',
      'InputError',
      "Invalid query: 'component' must be a catalog entity ref",
    );
    await renderCard(async () => {
      throw error;
    });
    const panel = await screen.findByTestId('conflict-error');
    expect(panel).toHaveTextContent("Invalid query: 'component' must be a catalog entity ref");
    expect(panel).toHaveTextContent('400 Bad Request · InputError');
  });
});
