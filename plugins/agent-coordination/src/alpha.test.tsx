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
import plugin from './alpha';
import { AgentCoordinationClient, agentCoordinationApiRef } from './api';
import { mockAgentCoordinationApi } from './__testUtils__/framework';

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
    });

    expect(await screen.findByTestId('framework-summary')).toHaveTextContent(
      '14 agents in 5 tiers',
    );
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
    });

    expect(await screen.findByText('Context Manager')).toBeInTheDocument();
    expect(screen.getAllByTestId(/^tier-\d+$/)).toHaveLength(5);
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
    );
  });
});
