import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { agentCoordinationApiRef } from '../../api';
import { exampleAgentList } from '../../__testUtils__/agents';
import { backendError } from '../../__testUtils__/backendError';
import {
  frameworkWithLimitedAuthority,
  loadSeedFramework,
  mockAgentCoordinationApi,
} from '../../__testUtils__/framework';
import { AgentRegistry } from './AgentRegistry';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

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

/** Clicks a column's sort label. */
async function sortBy(column: string) {
  const header = screen.getByRole('columnheader', { name: column });
  await user.click(header.querySelector('.MuiTableSortLabel-root')!);
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

  it('links each open-task count to the board filtered to that agent', async () => {
    await renderRegistry();
    await waitFor(() =>
      expect(
        within(rowOf('network-engineer')).getByRole('link', {
          name: '2 open tasks of Network Engineer on the board',
        }),
      ).toHaveAttribute(
        'href',
        '/agent-coordination/tasks?assignee=network_engineer',
      ),
    );
  });

  it('narrows the table by tier and by authority', async () => {
    await renderRegistry();

    await user.click(
      screen.getByRole('button', { name: 'Filter by tier' }),
    );
    await user.click(
      screen.getByRole('option', { name: '2 · Infrastructure Layer' }),
    );
    expect(shownAgents()).toEqual([
      'infrastructure-architect',
      'network-engineer',
    ]);

    await user.click(
      screen.getByRole('button', { name: 'Filter by authority' }),
    );
    await user.click(screen.getByRole('option', { name: 'STANDARD' }));
    expect(shownAgents()).toEqual([]);
    expect(
      screen.getByText('No agents match these filters.'),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Filter by tier' }),
    );
    await user.click(screen.getByRole('option', { name: 'All tiers' }));
    expect(shownAgents()).toEqual([
      'kubernetes-specialist',
      'testing-engineer',
    ]);
  });

  it('searches across the columns', async () => {
    await renderRegistry();

    await user.type(screen.getByPlaceholderText('Filter'), 'Container');

    await waitFor(() =>
      expect(shownAgents()).toEqual(['kubernetes-specialist']),
    );

    // The framework id, shown under the name, is searchable too.
    await user.clear(screen.getByPlaceholderText('Filter'));
    await user.type(screen.getByPlaceholderText('Filter'), 'agent-004');
    await waitFor(() => expect(shownAgents()).toEqual(['network-engineer']));
  });

  it('takes the authority levels and their order from the framework, e.g. a LIMITED below STANDARD', async () => {
    const agents = exampleAgentList();
    const tester = agents.items.find(
      a => a.entity.metadata.name === 'testing-engineer',
    )!;
    tester.entity.spec.authority = 'LIMITED';
    await renderRegistry(
      mockAgentCoordinationApi({
        getFramework: async () => frameworkWithLimitedAuthority(),
        getAgents: async () => agents,
      }),
    );

    await user.click(
      screen.getByRole('button', { name: 'Filter by authority' }),
    );
    expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
      'All authorities',
      'FULL',
      'SENIOR',
      'STANDARD',
      'LIMITED',
    ]);
    await user.click(screen.getByRole('option', { name: 'LIMITED' }));
    expect(shownAgents()).toEqual(['testing-engineer']);
    await user.click(
      screen.getByRole('button', { name: 'Filter by authority' }),
    );
    await user.click(
      screen.getByRole('option', { name: 'All authorities' }),
    );

    // Highest first, as the framework lists them; LIMITED last.
    await sortBy('Authority');
    expect(shownAgents()).toEqual([
      'context-manager',
      'infrastructure-architect',
      'network-engineer',
      'kubernetes-specialist',
      'testing-engineer',
    ]);
    expect(
      within(rowOf('testing-engineer')).getByTestId('authority-chip'),
    ).toHaveTextContent('LIMITED');
  });

  it('ranks the levels as the framework does, not by their names', async () => {
    // A framework that puts STANDARD above FULL: the order is data.
    const framework = loadSeedFramework();
    framework.authorityLevels = [...framework.authorityLevels].reverse();
    await renderRegistry(
      mockAgentCoordinationApi({ getFramework: async () => framework }),
    );

    await sortBy('Authority');
    expect(shownAgents().slice(0, 2)).toEqual([
      'kubernetes-specialist',
      'testing-engineer',
    ]);
    expect(shownAgents()[4]).toBe('context-manager');
    await user.click(
      screen.getByRole('button', { name: 'Filter by authority' }),
    );
    expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
      'All authorities',
      'STANDARD',
      'SENIOR',
      'FULL',
    ]);
  });

  it('still lists the agents when the framework cannot be loaded', async () => {
    await renderRegistry(
      mockAgentCoordinationApi({
        getFramework: async () => {
          throw new Error('framework unavailable');
        },
      }),
    );

    expect(shownAgents()).toHaveLength(5);
    await user.click(
      screen.getByRole('button', { name: 'Filter by authority' }),
    );
    // The levels the agents hold, for want of the framework's order.
    expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
      'All authorities',
      'FULL',
      'SENIOR',
      'STANDARD',
    ]);
  });

  it("shows the backend's message when the agents cannot be loaded", async () => {
    const error = await backendError(
      503,
      'Service Unavailable',
      'ServiceUnavailableError',
      'The catalog is not answering',
    );
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            agentCoordinationApiRef,
            mockAgentCoordinationApi({
              getAgents: async () => {
                throw error;
              },
            }),
          ],
        ]}
      >
        <AgentRegistry />
      </TestApiProvider>,
      { mountedRoutes },
    );

    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent('Could not load the agents');
    expect(panel).toHaveTextContent('The catalog is not answering');
    expect(panel).toHaveTextContent(
      '503 Service Unavailable · ServiceUnavailableError',
    );
  });
});
