import { act, screen, waitFor, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { exampleAgent } from '../../__testUtils__/agents';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { conflictError, exampleConflict } from '../../__testUtils__/conflicts';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { EntityAgentConflictsCard } from './EntityAgentConflictsCard';

const HOUR = 3600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

function conflicts() {
  return [
    exampleConflict({
      id: 'c-3',
      title: 'Zeta firewall exception',
      category: 'security',
      level: 'L3',
      parties: ['security_specialist', 'network_engineer'],
      deadlineAt: iso(-HOUR),
      breachedAt: iso(-HOUR),
    }),
    exampleConflict({
      id: 'c-1',
      title: 'VPC module merge',
      deadlineAt: iso(2 * HOUR),
    }),
  ];
}

async function renderCard(
  entity: Entity,
  api = mockAgentCoordinationApi({
    listConflicts: jest.fn(async () => ({
      items: conflicts(),
      nextCursor: null,
    })),
  }),
) {
  const rendered = await renderConflictUi(
    <EntityProvider entity={entity}>
      <EntityAgentConflictsCard />
    </EntityProvider>,
    api,
  );
  return { api, ...rendered };
}

describe('EntityAgentConflictsCard', () => {
  it("lists the agent's open conflicts, most urgent first, with level, deadline and a link", async () => {
    const { api } = await renderCard(exampleAgent('network-engineer'));

    const list = await screen.findByTestId('conflict-list');
    // agent-004 is the framework's network_engineer.
    expect(api.listConflicts).toHaveBeenCalledWith({
      status: 'open',
      party: 'network_engineer',
      limit: 50,
    });
    expect(
      within(list)
        .getAllByRole('link', { name: /Zeta|VPC/ })
        .map(a => a.getAttribute('href')),
    ).toEqual([
      '/agent-coordination/conflicts/c-3',
      '/agent-coordination/conflicts/c-1',
    ]);
    const breached = screen.getByTestId('conflict-item-c-3');
    expect(within(breached).getByTestId('level-chip')).toHaveTextContent('L3');
    expect(within(breached).getByTestId('countdown')).toHaveAttribute(
      'data-state',
      'breached',
    );
    expect(breached).toHaveTextContent(
      'Technical conflicts · Security · Executive decides',
    );
    expect(breached).toHaveTextContent('With Security Specialist');
    const next = screen.getByTestId('conflict-item-c-1');
    expect(within(next).getByTestId('countdown')).toHaveTextContent(
      /^1h 59m \d+s left$/,
    );
    expect(
      within(next).getByRole('link', { name: 'Kubernetes Specialist' }),
    ).toHaveAttribute('href', '/catalog/default/agent/kubernetes-specialist');
    expect(
      screen.getByText('Where Network Engineer is a party, most urgent first'),
    ).toBeInTheDocument();
  });

  it('says so when the agent is in no open conflict', async () => {
    await renderCard(
      exampleAgent('testing-engineer'),
      mockAgentCoordinationApi({
        listConflicts: jest.fn(async () => ({ items: [], nextCursor: null })),
      }),
    );
    expect(await screen.findByTestId('conflicts-empty')).toHaveTextContent(
      'Testing Engineer is party to no open conflict.',
    );
  });

  it('refreshes on a conflict signal', async () => {
    const listConflicts = jest
      .fn()
      .mockResolvedValueOnce({ items: [], nextCursor: null })
      .mockResolvedValue({ items: conflicts(), nextCursor: null });
    const { signals } = await renderCard(
      exampleAgent('network-engineer'),
      mockAgentCoordinationApi({ listConflicts }),
    );
    await screen.findByTestId('conflicts-empty');

    act(() => {
      signals.publish('agent-coordination:conflicts', {
        type: 'conflict.opened',
        conflictId: 'c-1',
        level: 'L1',
        status: 'open',
        version: 1,
      });
    });

    expect(await screen.findByTestId('conflict-item-c-1')).toBeInTheDocument();
  });

  it("shows the backend's message when the list is refused", async () => {
    const error = await conflictError(
      403,
      'Forbidden',
      'NotAllowedError',
      'You may not read conflicts',
    );
    await renderCard(
      exampleAgent('network-engineer'),
      mockAgentCoordinationApi({
        listConflicts: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    const panel = await screen.findByTestId('conflict-error');
    expect(panel).toHaveTextContent('Could not load the conflicts');
    expect(panel).toHaveTextContent('You may not read conflicts');
    expect(screen.queryByText(/Request failed with/)).toBeNull();
  });

  it('says so when the agent id is not in the framework', async () => {
    const entity = exampleAgent('network-engineer');
    entity.spec.agentId = 'agent-999';
    const { api } = await renderCard(entity);
    expect(
      await screen.findByTestId('conflicts-unknown-agent'),
    ).toHaveTextContent(
      "agent id agent-999 is not one of the framework's agents",
    );
    expect(api.listConflicts).not.toHaveBeenCalled();
  });

  it("shows the backend's message when the framework cannot be loaded", async () => {
    const error = await conflictError(
      503,
      'Service Unavailable',
      'ServiceUnavailableError',
      'Backend starting',
    );
    await renderCard(
      exampleAgent('network-engineer'),
      mockAgentCoordinationApi({
        getFramework: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    expect(await screen.findByTestId('backend-error')).toHaveTextContent(
      'Could not load the frameworkBackend starting',
    );
  });

  it('says so when placed on an entity that is not an Agent', async () => {
    await renderCard({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'vpc' },
      spec: {},
    });
    await waitFor(() =>
      expect(screen.getByText(/Not an agent/i)).toBeInTheDocument(),
    );
  });
});
