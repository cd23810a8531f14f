import { screen, within } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { RELATION_OWNS_PATH_OF } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { exampleAgent, exampleAgentGraph } from '../../__testUtils__/agents';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { exampleInbox, exampleMessage } from '../../__testUtils__/messages';
import { EntityAgentCoordinationContent } from './EntityAgentCoordinationContent';

async function renderTab(name: string, api = mockAgentCoordinationApi()) {
  const entity = exampleAgent(name);
  if (name === 'network-engineer') {
    entity.relations!.push(
      { type: RELATION_OWNS_PATH_OF, targetRef: 'component:default/vpc' },
      { type: RELATION_OWNS_PATH_OF, targetRef: 'component:default/dns' },
    );
  }
  await renderInTestApp(
    <TestApiProvider apis={[[agentCoordinationApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityAgentCoordinationContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityAgentCoordinationContent', () => {
  it('shows the overview, the schedule, owned components and the neighbourhood', async () => {
    await renderTab('network-engineer');

    expect(
      await screen.findByTestId('entity-agent-overview'),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('agent-schedule')).toHaveTextContent(
      'Step 3 of 5 in dependency-first order.On the critical path (3 of 4)',
    );
    expect(
      Array.from(
        screen.getByTestId('agent-owned-components').querySelectorAll('a'),
        a => a.getAttribute('href'),
      ),
    ).toEqual([
      '/catalog/default/component/vpc',
      '/catalog/default/component/dns',
    ]);
    // Its direct links only: the architect, the two agents that depend on it.
    await screen.findByTestId('graph-node-network-engineer');
    expect(
      screen
        .getAllByTestId(/^graph-node-/)
        .map(n => n.dataset.testid)
        .sort(),
    ).toEqual([
      'graph-node-infrastructure-architect',
      'graph-node-kubernetes-specialist',
      'graph-node-network-engineer',
      'graph-node-testing-engineer',
    ]);
  });

  it('says when the agent is in a cycle or off the critical path', async () => {
    await renderTab(
      'context-manager',
      mockAgentCoordinationApi({
        getAgentGraph: async () =>
          exampleAgentGraph([['context-manager', 'network-engineer']]),
      }),
    );

    const schedule = await screen.findByTestId('agent-schedule');
    expect(schedule).toHaveTextContent('In a blocking dependency cycle');
    expect(schedule).toHaveTextContent('Not on the critical path.');
    expect(
      within(screen.getByTestId('agent-owned-components')).getByText(
        /No component's source path/,
      ),
    ).toBeInTheDocument();
  });

  it('keeps the overview when the graph cannot be loaded', async () => {
    await renderTab(
      'testing-engineer',
      mockAgentCoordinationApi({
        getAgentGraph: async () => {
          throw new Error('backend down');
        },
      }),
    );

    expect(
      await screen.findByTestId('entity-agent-overview'),
    ).toBeInTheDocument();
    expect((await screen.findAllByText(/backend down/)).length).toBeGreaterThan(
      0,
    );
  });

  it("has the agent's inbox", async () => {
    await renderTab(
      'network-engineer',
      mockAgentCoordinationApi({
        getInbox: jest.fn(async (agent: string) =>
          exampleInbox(agent, [
            exampleMessage({ id: 'm-1', subject: 'Peer the VPCs' }),
          ]),
        ),
      }),
    );
    expect(await screen.findByTestId('entity-inbox-unread')).toHaveTextContent(
      '1 unread of 1',
    );
    expect(screen.getByTestId('entity-inbox-m-1')).toHaveTextContent(
      'Peer the VPCs',
    );
  });
});
