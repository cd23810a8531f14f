import { act, screen, waitFor, within } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { Entity } from '@backstage/catalog-model';
import type { Message } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { exampleAgent } from '../../__testUtils__/agents';
import { backendError } from '../../__testUtils__/backendError';
import { mockSignalApi } from '../../__testUtils__/conflicts';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { exampleInbox, exampleMessage } from '../../__testUtils__/messages';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { EntityAgentMessagesCard } from './EntityAgentMessagesCard';

const request = exampleMessage({
  id: 'm-req',
  type: 'REQUEST',
  priority: 'P1',
  subject: 'Which CIDR for the shared VPC?',
  overdue: true,
});
const read = exampleMessage({
  id: 'm-old',
  subject: 'The peering is planned',
  readAt: '2030-03-01T09:30:00.000Z',
});

async function renderCard(
  entity: Entity,
  api = mockAgentCoordinationApi({
    getInbox: jest.fn(async (agent: string) =>
      exampleInbox(agent, [request, read]),
    ),
  }),
) {
  const rendered = await renderConflictUi(
    <EntityProvider entity={entity}>
      <EntityAgentMessagesCard />
    </EntityProvider>,
    api,
  );
  return { api, ...rendered };
}

describe('EntityAgentMessagesCard', () => {
  it("shows the agent's unread count and latest messages, linking to them on the Messages tab", async () => {
    const { api } = await renderCard(exampleAgent('network-engineer'));
    expect(await screen.findByTestId('entity-inbox-unread')).toHaveTextContent(
      '1 unread of 2',
    );
    // agent-004 is the framework's network_engineer.
    expect(api.getInbox).toHaveBeenCalledWith('network_engineer', {
      type: undefined,
      priority: undefined,
      unread: undefined,
      cursor: undefined,
      limit: 5,
    });
    const item = screen.getByTestId('entity-inbox-m-req');
    expect(item).toHaveAttribute('data-unread', 'true');
    expect(within(item).getByTestId('message-overdue')).toBeInTheDocument();
    expect(
      within(item).getByRole('link', {
        name: 'Which CIDR for the shared VPC?',
      }),
    ).toHaveAttribute(
      'href',
      '/agent-coordination/messages/m-req?agent=network_engineer',
    );
    expect(screen.getByTestId('entity-inbox-m-old')).toHaveAttribute(
      'data-unread',
      'false',
    );
    expect(
      screen.getByRole('link', { name: /Open the inbox/ }),
    ).toHaveAttribute(
      'href',
      '/agent-coordination/messages?agent=network_engineer',
    );
  });

  it('refreshes when a message reaches the agent', async () => {
    let items: Message[] = [];
    const { signals } = await renderCard(
      exampleAgent('network-engineer'),
      mockAgentCoordinationApi({
        getInbox: jest.fn(async (agent: string) => exampleInbox(agent, items)),
      }),
    );
    expect(await screen.findByTestId('entity-inbox-empty')).toHaveTextContent(
      'No messages to Network Engineer yet.',
    );
    items = [request];
    act(() => {
      signals.publish('agent-coordination:messages', {
        type: 'message.sent',
        messageId: 'm-req',
        from: 'context_manager',
        to: 'network_engineer',
        threadId: 'm-req',
        reader: null,
        version: 1,
      });
    });
    expect(await screen.findByTestId('entity-inbox-m-req')).toBeInTheDocument();
    expect(screen.getByTestId('entity-inbox-unread')).toHaveTextContent(
      '1 unread of 1',
    );
  });

  it("shows the backend's message when the inbox may not be read", async () => {
    const error = await backendError(
      403,
      'Forbidden',
      'NotAllowedError',
      "network_engineer's inbox is read by network_engineer and the context manager only",
    );
    await renderCard(
      exampleAgent('network-engineer'),
      mockAgentCoordinationApi({
        getInbox: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent("Could not load Network Engineer's inbox");
    expect(panel).toHaveTextContent(
      'read by network_engineer and the context manager only',
    );
    expect(screen.queryByText(/Request failed with/)).toBeNull();
  });

  it('works on an overview page without the plugin page: titles without links', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            agentCoordinationApiRef,
            mockAgentCoordinationApi({
              getInbox: jest.fn(async (agent: string) =>
                exampleInbox(agent, [request]),
              ),
            }),
          ],
          [signalApiRef, mockSignalApi()],
        ]}
      >
        <EntityProvider entity={exampleAgent('network-engineer')}>
          <EntityAgentMessagesCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    const item = await screen.findByTestId('entity-inbox-m-req');
    expect(item).toHaveTextContent('Which CIDR for the shared VPC?');
    expect(within(item).queryByRole('link')).toBeNull();
  });

  it('says so when the agent id is not in the framework, or the entity is no Agent', async () => {
    const entity = exampleAgent('network-engineer');
    entity.spec.agentId = 'agent-999';
    const { api } = await renderCard(entity);
    expect(
      await screen.findByTestId('entity-inbox-unknown-agent'),
    ).toHaveTextContent(
      "agent id agent-999 is not one of the framework's agents",
    );
    expect(api.getInbox).not.toHaveBeenCalled();
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
