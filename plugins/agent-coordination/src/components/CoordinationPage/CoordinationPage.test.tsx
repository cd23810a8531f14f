import { Route, Routes } from 'react-router-dom';
import { screen, within } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import userEvent from '@testing-library/user-event';
import { agentCoordinationApiRef } from '../../api';
import { backendError } from '../../__testUtils__/backendError';
import {
  loadSeedFramework,
  mockAgentCoordinationApi,
} from '../../__testUtils__/framework';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import {
  actionsAllowed,
  exampleConflict,
  fixedPermissionApi,
  mockSignalApi,
} from '../../__testUtils__/conflicts';
import { exampleMessage, exampleWhoami } from '../../__testUtils__/messages';
import { CoordinationPage } from './CoordinationPage';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const AGENT_NAMES = [
  'Context Manager',
  'Infrastructure Architect',
  'Security Specialist',
  'Network Engineer',
  'Backstage Developer',
  'API Developer',
  'Kubernetes Specialist',
  'Observability Engineer',
  'CI/CD Engineer',
  'Cost Optimizer',
  'Testing Engineer',
  'Documentation Specialist',
  'DX Optimizer',
  'Compliance Auditor',
];

const TIER_NAMES = [
  'Coordination Layer',
  'Infrastructure Layer',
  'Platform Layer',
  'Operations Layer',
  'Quality & Documentation',
];

// The agent cards link to entity pages.
const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

// Apps mount plugin pages under a splat route; the tabs read the rest of the path from it.
const MountedPage = () => (
  <Routes>
    <Route path="/*" element={<CoordinationPage />} />
  </Routes>
);

describe('CoordinationPage', () => {
  it('shows every tier with its agents from the seed framework', async () => {
    const api = mockAgentCoordinationApi();
    await renderInTestApp(
      <TestApiProvider apis={[[agentCoordinationApiRef, api]]}>
        <CoordinationPage />
      </TestApiProvider>,
      { mountedRoutes },
    );

    expect(await screen.findByTestId('framework-summary')).toHaveTextContent(
      /^14 agents in 5 tiers$/,
    );
    expect(
      screen.getByText(
        'Multi-Agent Orchestration for Terraform/Atmos Infrastructure Platform · v1.0',
      ),
    ).toBeInTheDocument();

    for (const name of AGENT_NAMES) {
      expect(screen.getByText(name)).toBeInTheDocument();
    }
    TIER_NAMES.forEach((name, i) => {
      const tier = screen.getByTestId(`tier-${i + 1}`);
      expect(within(tier).getByText(name)).toBeInTheDocument();
    });
    expect(screen.getAllByTestId(/^agent-[a-z_]+$/)).toHaveLength(14);
    expect(api.getFramework).toHaveBeenCalledTimes(1);
  });

  it('puts each agent in its own tier with id, role and authority', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[[agentCoordinationApiRef, mockAgentCoordinationApi()]]}
      >
        <CoordinationPage />
      </TestApiProvider>,
      { mountedRoutes },
    );

    const coordination = await screen.findByTestId('tier-1');
    const agents = within(coordination).getAllByTestId(/^agent-/);
    expect(agents).toHaveLength(1);
    const manager = within(coordination).getByTestId('agent-context_manager');
    expect(manager).toHaveTextContent('agent-001');
    expect(manager).toHaveTextContent('Master Coordinator');
    expect(within(manager).getByTestId('authority-chip')).toHaveTextContent(
      'FULL',
    );

    const quality = screen.getByTestId('tier-5');
    expect(
      within(quality)
        .getAllByTestId(/^agent-/)
        .map(e => e.getAttribute('data-testid')),
    ).toEqual([
      'agent-testing_engineer',
      'agent-documentation_specialist',
      'agent-dx_optimizer',
      'agent-compliance_auditor',
    ]);
    // Agents without an explicit authority get the framework default.
    expect(
      within(screen.getByTestId('agent-dx_optimizer')).getByTestId(
        'authority-chip',
      ),
    ).toHaveTextContent('STANDARD');
  });

  it('orders tiers by level even when the file does not', async () => {
    const framework = loadSeedFramework();
    framework.tiers.reverse();
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            agentCoordinationApiRef,
            mockAgentCoordinationApi({ getFramework: async () => framework }),
          ],
        ]}
      >
        <CoordinationPage />
      </TestApiProvider>,
      { mountedRoutes },
    );

    await screen.findByTestId('tier-1');
    expect(
      screen.getAllByTestId(/^tier-/).map(e => e.getAttribute('data-testid')),
    ).toEqual(['tier-1', 'tier-2', 'tier-3', 'tier-4', 'tier-5']);
  });

  it("shows the backend's message when the framework cannot be loaded", async () => {
    const error = await backendError(
      500,
      'Internal Server Error',
      'Error',
      'framework file is invalid',
    );
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            agentCoordinationApiRef,
            mockAgentCoordinationApi({
              getFramework: async () => {
                throw error;
              },
            }),
          ],
        ]}
      >
        <CoordinationPage />
      </TestApiProvider>,
      { mountedRoutes },
    );

    expect(await screen.findByTestId('backend-error')).toHaveTextContent(
      'Could not load the frameworkframework file is invalid500 Internal Server Error',
    );
    expect(screen.queryByText(/Request failed with/)).toBeNull();
    expect(screen.queryByTestId('framework-summary')).not.toBeInTheDocument();
    expect(screen.getByText('Agent Coordination')).toBeInTheDocument();
  });

  it("links each agent card to the agent's entity page, matched by agent id", async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[[agentCoordinationApiRef, mockAgentCoordinationApi()]]}
      >
        <CoordinationPage />
      </TestApiProvider>,
      { mountedRoutes },
    );

    const card = await screen.findByTestId('agent-network_engineer');
    expect(
      within(card).getByRole('link', { name: 'Network Engineer' }),
    ).toHaveAttribute('href', '/catalog/default/agent/network-engineer');
    // The example catalog holds five of the fourteen agents; an agent with
    // no entity has a name, not a dead link.
    expect(screen.getAllByTestId(/^entity-link-/)).toHaveLength(5);
    expect(
      within(screen.getByTestId('agent-cost_optimizer')).queryByRole('link'),
    ).toBeNull();
  });

  it('shows the cards without links when the catalog cannot be read', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            agentCoordinationApiRef,
            mockAgentCoordinationApi({
              getAgents: async () => {
                throw new Error('catalog is down');
              },
            }),
          ],
        ]}
      >
        <CoordinationPage />
      </TestApiProvider>,
      { mountedRoutes },
    );

    expect(
      await screen.findByTestId('agent-network_engineer'),
    ).toHaveTextContent('Network Engineer');
    expect(screen.queryAllByTestId(/^entity-link-/)).toHaveLength(0);
  });

  it('offers the registry, graph, ownership, tasks and escalation tabs, each loading its own data', async () => {
    const api = mockAgentCoordinationApi();
    await renderInTestApp(
      <TestApiProvider apis={[[agentCoordinationApiRef, api]]}>
        <MountedPage />
      </TestApiProvider>,
      { mountedRoutes },
    );
    await screen.findByTestId('tier-1');
    expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual([
      'Overview',
      'Registry',
      'Dependency graph',
      'Path ownership',
      'Tasks',
      'Escalation matrix',
      'Messages',
      'Handoffs',
    ]);
    // The overview asks for the catalog's agents only to link their cards.
    expect(api.getAgents).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('tab', { name: 'Registry' }));
    expect(screen.getByRole('tab', { name: 'Registry' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByTestId('registry-agent-network-engineer'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('tier-1')).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('tab', { name: 'Dependency graph' }),
    );
    expect(
      await screen.findByTestId('graph-node-kubernetes-specialist'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Path ownership' }));
    expect(
      await screen.findByRole('button', { name: 'Look up' }),
    ).toBeInTheDocument();
    expect(api.getFramework).toHaveBeenCalledTimes(1);
  });

  it('keeps the other tabs working when the framework fails to load', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            agentCoordinationApiRef,
            mockAgentCoordinationApi({
              getFramework: async () => {
                throw new Error('framework file is invalid');
              },
            }),
          ],
        ]}
      >
        <MountedPage />
      </TestApiProvider>,
      {
        routeEntries: ['/registry'],
        mountedRoutes,
      },
    );

    expect(
      await screen.findByTestId('registry-agent-testing-engineer'),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Registry' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  describe('sub-routes', () => {
    const render = (path: string, overrides = {}) =>
      renderInTestApp(
        <TestApiProvider
          apis={[
            [agentCoordinationApiRef, mockAgentCoordinationApi(overrides)],
            [permissionApiRef, fixedPermissionApi('ALLOW')],
            [signalApiRef, mockSignalApi()],
          ]}
        >
          <Routes>
            <Route path="/agent-coordination/*" element={<CoordinationPage />} />
          </Routes>
        </TestApiProvider>,
        { routeEntries: [path], mountedRoutes },
      );

    it('shows one conflict at conflicts/:id, with a link back to the matrix', async () => {
      const conflict = exampleConflict({ id: 'c-42', title: 'Who owns the NAT gateways' });
      await render('/agent-coordination/conflicts/c-42', {
        getConflict: jest.fn(async () => conflict),
        getConflictActions: jest.fn(async () => actionsAllowed()),
        getConflictEvents: jest.fn(async () => ({ items: [], nextCursor: null })),
        listTasks: jest.fn(async () => ({ items: [], nextCursor: null })),
      });
      expect(await screen.findByText('Who owns the NAT gateways')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /Escalation matrix/ })).toHaveAttribute(
        'href',
        '/agent-coordination/escalation',
      );
      // Not one of the tabs: the detail page stands alone under the header.
      expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    });

    it('shows one message at messages/:id, where the notifications link, under the Messages tab', async () => {
      const message = exampleMessage({ id: 'm-42', subject: 'Rotate the VPN keys' });
      await render('/agent-coordination/messages/m-42', {
        getWhoami: jest.fn(async () => exampleWhoami('context_manager')),
        getMessage: jest.fn(async () => message),
        listMessages: jest.fn(async () => ({ items: [message], nextCursor: null })),
      });
      expect(await screen.findByTestId('message-detail')).toHaveTextContent('Rotate the VPN keys');
      expect(screen.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
    });

    it('says "No such page" for an address under the page that is no tab, instead of showing the first tab', async () => {
      await render('/agent-coordination/no-such-tab');
      expect(await screen.findByText('No such page')).toBeInTheDocument();
      expect(screen.queryByTestId('tier-1')).not.toBeInTheDocument();
    });
  });
});
