import { act, screen, waitFor, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import type { ListHandoffsQuery } from '@agent-coordination/plugin-agent-coordination-common';
import { exampleAgent } from '../../__testUtils__/agents';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { exampleHandoff } from '../../__testUtils__/handoffs';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { HANDOFF_SIGNAL_CHANNEL } from '../Handoffs';
import { EntityAgentHandoffsCard } from './EntityAgentHandoffsCard';

const sent = exampleHandoff({
  id: 'h-out',
  title: 'VPC module',
  from: 'network_engineer',
  to: 'api_developer',
});
const received = exampleHandoff({
  id: 'h-in',
  title: 'Account baseline',
  from: 'security_specialist',
  to: 'network_engineer',
  stage: 'transfer',
  status: 'awaiting_acknowledgment',
  acknowledgmentDueAt: '2030-03-01T09:30:00.000Z',
});

function api(overrides: Parameters<typeof mockAgentCoordinationApi>[0] = {}) {
  return mockAgentCoordinationApi({
    listHandoffs: jest.fn(async (q: ListHandoffsQuery = {}) => ({
      items: [sent, received].filter(
        h => (!q.to || h.to === q.to) && (!q.from || h.from === q.from),
      ),
      nextCursor: null,
    })),
    ...overrides,
  });
}

async function renderCard(entity: Entity, mock = api()) {
  const rendered = await renderConflictUi(
    <EntityProvider entity={entity}>
      <EntityAgentHandoffsCard />
    </EntityProvider>,
    mock,
  );
  return { api: mock, ...rendered };
}

describe('EntityAgentHandoffsCard', () => {
  it("shows the agent's handoffs in and out, whose turn it is, linking to each", async () => {
    const { api: mock } = await renderCard(exampleAgent('network-engineer'));
    const incoming = await screen.findByTestId('entity-handoffs-in');
    expect(
      within(incoming).getByTestId('entity-handoff-h-in'),
    ).toHaveTextContent('Account baseline');
    expect(
      within(incoming).getByTestId('entity-handoff-h-in'),
    ).toHaveTextContent('Overdue');
    expect(
      within(incoming).getByTestId('entity-handoff-h-in'),
    ).toHaveTextContent(/to acknowledge/);
    const outgoing = screen.getByTestId('entity-handoffs-out');
    expect(
      within(outgoing).getByRole('link', { name: 'VPC module' }),
    ).toHaveAttribute('href', '/agent-coordination/handoffs/h-out');
    expect(mock.listHandoffs).toHaveBeenCalledWith({
      to: 'network_engineer',
      limit: 5,
    });
    expect(mock.listHandoffs).toHaveBeenCalledWith({
      from: 'network_engineer',
      limit: 5,
    });
  });

  it('refetches on a signal about one of its handoffs, not about others', async () => {
    const { api: mock, signals } = await renderCard(
      exampleAgent('network-engineer'),
    );
    await screen.findByTestId('entity-handoffs-in');
    expect(mock.listHandoffs).toHaveBeenCalledTimes(2);
    act(() =>
      signals.publish(HANDOFF_SIGNAL_CHANNEL, {
        type: 'handoff.opened',
        handoffId: 'x',
        from: 'cloud_architect',
        to: 'api_developer',
      }),
    );
    act(() =>
      signals.publish(HANDOFF_SIGNAL_CHANNEL, {
        type: 'handoff.opened',
        handoffId: 'y',
        from: 'cloud_architect',
        to: 'network_engineer',
      }),
    );
    await waitFor(() => expect(mock.listHandoffs).toHaveBeenCalledTimes(4));
  });

  it('shows the backend’s words when the handoffs cannot be read', async () => {
    const error = await backendError(
      403,
      'Forbidden',
      'NotAllowedError',
      'You may not read handoffs',
    );
    await renderCard(
      exampleAgent('network-engineer'),
      api({
        listHandoffs: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent(
      "Could not load Network Engineer's handoffs",
    );
    expect(panel).toHaveTextContent('You may not read handoffs');
  });

  it('says so when the agent id is not in the framework', async () => {
    const entity = exampleAgent('network-engineer');
    entity.spec.agentId = 'agent-999';
    const { api: mock } = await renderCard(entity);
    expect(
      await screen.findByTestId('entity-handoffs-unknown-agent'),
    ).toHaveTextContent('agent-999');
    expect(mock.listHandoffs).not.toHaveBeenCalled();
  });
});
