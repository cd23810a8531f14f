import { Route, Routes } from 'react-router-dom';
import { screen, within } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import userEvent from '@testing-library/user-event';
import { agentCoordinationApiRef } from '../../api';
import {
  loadSeedFramework,
  mockAgentCoordinationApi,
} from '../../__testUtils__/framework';
import { CoordinationPage } from './CoordinationPage';

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
    );

    await screen.findByTestId('tier-1');
    expect(
      screen.getAllByTestId(/^tier-/).map(e => e.getAttribute('data-testid')),
    ).toEqual(['tier-1', 'tier-2', 'tier-3', 'tier-4', 'tier-5']);
  });

  it('shows the backend error when the framework cannot be loaded', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'Error', message: 'framework file is invalid' },
        request: { method: 'GET', url: '/framework' },
        response: { statusCode: 500 },
      }),
      { status: 500, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
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
    );

    expect(
      (await screen.findAllByText(/framework file is invalid/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('framework-summary')).not.toBeInTheDocument();
    expect(screen.getByText('Agent Coordination')).toBeInTheDocument();
  });
  it('offers the registry, graph and ownership tabs, each loading its own data', async () => {
    const api = mockAgentCoordinationApi();
    await renderInTestApp(
      <TestApiProvider apis={[[agentCoordinationApiRef, api]]}>
        <MountedPage />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    await screen.findByTestId('tier-1');
    expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual([
      'Overview',
      'Registry',
      'Dependency graph',
      'Path ownership',
    ]);
    expect(api.getAgents).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('tab', { name: 'Registry' }));
    expect(screen.getByRole('tab', { name: 'Registry' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByTestId('registry-agent-network-engineer'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('tier-1')).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('tab', { name: 'Dependency graph' }),
    );
    expect(
      await screen.findByTestId('graph-node-kubernetes-specialist'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Path ownership' }));
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
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
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
});
