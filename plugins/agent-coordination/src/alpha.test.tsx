import { screen, within } from '@testing-library/react';
import {
  coreExtensionData,
  ApiBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import plugin from './alpha';
import { AgentCoordinationClient, agentCoordinationApiRef } from './api';
import { mockAgentCoordinationApi } from './__testUtils__/framework';
import { exampleAgent } from './__testUtils__/agents';

describe('agent-coordination plugin (new frontend system)', () => {
  it('provides a titled page at /agent-coordination', () => {
    const tester = createExtensionTester(
      plugin.getExtension('page:agent-coordination'),
    );

    expect(tester.get(coreExtensionData.routePath)).toBe('/agent-coordination');
    expect(tester.get(coreExtensionData.title)).toBe('Agent Coordination');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('renders the framework overview on the page', async () => {
    const api = mockAgentCoordinationApi();
    const tester = createExtensionTester(
      plugin.getExtension('page:agent-coordination'),
    );

    renderInTestApp(tester.reactElement(), {
      apis: [[agentCoordinationApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    // The first test to load the page's module pays for compiling all of its
    // tabs, which takes seconds on a busy machine.
    expect(
      await screen.findByTestId('framework-summary', {}, { timeout: 20_000 }),
    ).toHaveTextContent('14 agents in 5 tiers');
    expect(
      within(screen.getByTestId('tier-3')).getByText('Kubernetes Specialist'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('agent-compliance_auditor')).toHaveTextContent(
      'agent-014',
    );
  });

  it('mounts the page in a whole app with the plugin installed', async () => {
    renderTestApp({
      features: [plugin],
      initialRouteEntries: ['/agent-coordination'],
      apis: [[agentCoordinationApiRef, mockAgentCoordinationApi()]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    expect(await screen.findByText('Context Manager')).toBeInTheDocument();
    expect(screen.getAllByTestId(/^tier-\d+$/)).toHaveLength(5);
  });

  it('serves each tab of the page under its own path', async () => {
    renderTestApp({
      features: [plugin],
      initialRouteEntries: ['/agent-coordination/registry'],
      apis: [[agentCoordinationApiRef, mockAgentCoordinationApi()]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    expect(
      await screen.findByTestId('registry-agent-network-engineer'),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Registry' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('adds overview, tasks and conflicts cards and a Coordination tab to Agents; owners, tasks and conflicts cards to Components', () => {
    const agent = {
      apiVersion: 'agent-coordination.io/v1alpha1',
      kind: 'Agent',
      metadata: { name: 'a' },
    };
    const component = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'c' },
    };
    const appliesTo = (
      id: Parameters<typeof plugin.getExtension>[0],
    ): string[] => {
      // Both blueprints output the same catalog.entity-filter-function data.
      const filter = createExtensionTester(plugin.getExtension(id)).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      );
      expect(filter).toBeDefined();
      return [agent, component].filter(e => filter!(e)).map(e => e.kind);
    };

    expect(appliesTo('entity-card:agent-coordination/agent-overview')).toEqual([
      'Agent',
    ]);
    expect(appliesTo('entity-content:agent-coordination/coordination')).toEqual(
      ['Agent'],
    );
    expect(appliesTo('entity-card:agent-coordination/owning-agents')).toEqual([
      'Component',
    ]);
    for (const card of ['agent-tasks', 'agent-conflicts', 'agent-messages'] as const) {
      expect(appliesTo(`entity-card:agent-coordination/${card}`)).toEqual(['Agent']);
    }
    for (const card of ['component-tasks', 'component-conflicts'] as const) {
      expect(appliesTo(`entity-card:agent-coordination/${card}`)).toEqual(['Component']);
    }

    const tab = createExtensionTester(
      plugin.getExtension('entity-content:agent-coordination/coordination'),
    );
    expect(tab.get(coreExtensionData.routePath)).toBe('coordination');
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Coordination');
  });

  it('renders the Coordination tab for an Agent entity', async () => {
    const tester = createExtensionTester(
      plugin.getExtension('entity-content:agent-coordination/coordination'),
    );

    renderInTestApp(
      <EntityProvider entity={exampleAgent('network-engineer')}>
        {tester.reactElement()}
      </EntityProvider>,
      {
        apis: [[agentCoordinationApiRef, mockAgentCoordinationApi()]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByTestId('entity-agent-overview'),
    ).toHaveTextContent('agent-004');
    expect(await screen.findByTestId('agent-schedule')).toHaveTextContent(
      'Step 3 of 5',
    );
  });

  it('builds its API client from discovery and fetch', async () => {
    const factory = createExtensionTester(
      plugin.getExtension('api:agent-coordination'),
    ).get(ApiBlueprint.dataRefs.factory);
    expect(factory.api.id).toBe(agentCoordinationApiRef.id);

    const fetchApi = {
      fetch: jest.fn(
        async () =>
          new Response(JSON.stringify({ status: 'ok' }), {
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    };
    const client = factory.factory({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://portal.test' }),
      fetchApi,
    });

    expect(client).toBeInstanceOf(AgentCoordinationClient);
    await (client as AgentCoordinationClient).getHealth();
    expect(fetchApi.fetch).toHaveBeenCalledWith(
      'http://portal.test/api/agent-coordination/health',
      expect.objectContaining({ method: 'GET' }),
    );
  });
});
