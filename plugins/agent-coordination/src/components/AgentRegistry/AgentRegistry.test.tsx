import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { agentCoordinationApiRef } from '../../api';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { AgentRegistry } from './AgentRegistry';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

function shownAgents(): string[] {
  return screen
    .queryAllByTestId(/^registry-agent-/)
    .map(e => e.getAttribute('data-testid')!.replace('registry-agent-', ''));
}

async function renderRegistry(api = mockAgentCoordinationApi()) {
  await renderInTestApp(
    <TestApiProvider apis={[[agentCoordinationApiRef, api]]}>
      <AgentRegistry />
    </TestApiProvider>,
    { mountedRoutes },
  );
  await screen.findByTestId('registry-agent-context-manager');
  return api;
}

function rowOf(name: string): HTMLElement {
  return screen.getByTestId(`registry-agent-${name}`).closest('tr')!;
}

describe('AgentRegistry', () => {
  it('lists every agent with its facts and links it to its entity page', async () => {
    const api = await renderRegistry();

    expect(shownAgents()).toEqual([
      'context-manager',
      'infrastructure-architect',
      'network-engineer',
      'kubernetes-specialist',
      'testing-engineer',
    ]);
    expect(screen.getByText('Agents (5)')).toBeInTheDocument();
    const row = within(rowOf('network-engineer'));
    expect(row.getByRole('link', { name: 'Network Engineer' })).toHaveAttribute(
      'href',
      '/catalog/default/agent/network-engineer',
    );
    expect(row.getByText('agent-004')).toBeInTheDocument();
    expect(row.getByText('2 · Infrastructure Layer')).toBeInTheDocument();
    expect(row.getByText('Network Architecture')).toBeInTheDocument();
    expect(row.getByTestId('authority-chip')).toHaveTextContent('SENIOR');
    expect(row.getByRole('link', { name: /infrastructure/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/infrastructure',
    );
    // dependencies, dependents, open tasks
    const numbers = row
      .getAllByRole('cell')
      .slice(-3)
      .map(c => c.textContent);
    expect(numbers).toEqual(['1', '2', '2']);
    expect(api.getAgents).toHaveBeenCalledTimes(1);
  });

  it('narrows the table by tier and by authority', async () => {
    await renderRegistry();

    await userEvent.click(
      screen.getByRole('button', { name: 'Filter by tier' }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: '2 · Infrastructure Layer' }),
    );
    expect(shownAgents()).toEqual([
      'infrastructure-architect',
      'network-engineer',
    ]);

    await userEvent.click(
      screen.getByRole('button', { name: 'Filter by authority' }),
    );
    await userEvent.click(screen.getByRole('option', { name: 'STANDARD' }));
    expect(shownAgents()).toEqual([]);
    expect(
      screen.getByText('No agents match these filters.'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Filter by tier' }),
    );
    await userEvent.click(screen.getByRole('option', { name: 'All tiers' }));
    expect(shownAgents()).toEqual([
      'kubernetes-specialist',
      'testing-engineer',
    ]);
  });

  it('searches across the columns', async () => {
    await renderRegistry();

    await userEvent.type(screen.getByPlaceholderText('Filter'), 'Container');

    await waitFor(() =>
      expect(shownAgents()).toEqual(['kubernetes-specialist']),
    );

    // The framework id, shown under the name, is searchable too.
    await userEvent.clear(screen.getByPlaceholderText('Filter'));
    await userEvent.type(screen.getByPlaceholderText('Filter'), 'agent-004');
    await waitFor(() => expect(shownAgents()).toEqual(['network-engineer']));
  });

  it('shows the backend error', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            agentCoordinationApiRef,
            mockAgentCoordinationApi({
              getAgents: async () => {
                throw new Error('catalog unavailable');
              },
            }),
          ],
        ]}
      >
        <AgentRegistry />
      </TestApiProvider>,
      { mountedRoutes },
    );

    expect(
      (await screen.findAllByText(/catalog unavailable/)).length,
    ).toBeGreaterThan(0);
  });
});
