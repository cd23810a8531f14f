import { Route, Routes } from 'react-router-dom';
import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { agentCoordinationApiRef } from './api';
import { AgentCoordinationPage, agentCoordinationPlugin } from './plugin';
import { rootRouteRef } from './routes';
import { mockAgentCoordinationApi } from './__testUtils__/framework';

describe('agent-coordination plugin (legacy frontend system)', () => {
  it('has the plugin id and exposes its root route', () => {
    expect(agentCoordinationPlugin.getId()).toBe('agent-coordination');
    expect(agentCoordinationPlugin.routes.root).toBe(rootRouteRef);
    expect(
      Array.from(agentCoordinationPlugin.getApis(), factory => factory.api.id),
    ).toEqual(['plugin.agent-coordination.api']);
  });

  it('renders AgentCoordinationPage', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[[agentCoordinationApiRef, mockAgentCoordinationApi()]]}
      >
        <Routes>
          <Route
            path="/agent-coordination"
            element={<AgentCoordinationPage />}
          />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/agent-coordination'],
        // The agent cards link to entity pages.
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(await screen.findByText('Compliance Auditor')).toBeInTheDocument();
    expect(screen.getByTestId('framework-summary')).toHaveTextContent(
      '14 agents in 5 tiers',
    );
  });
});
