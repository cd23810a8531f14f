import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { Message } from '@agent-coordination/plugin-agent-coordination-common';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import {
  exampleInbox,
  exampleMessage,
  exampleWhoami,
} from '../../__testUtils__/messages';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { MessageRoutes } from './MessageRoutes';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const request = exampleMessage({
  id: 'm-req',
  type: 'REQUEST',
  priority: 'P1',
  subject: 'Which CIDR for the shared VPC?',
  sentAt: '2030-03-01T10:00:00.000Z',
  overdue: true,
  overdueAt: '2030-03-01T14:00:00.000Z',
});
const read = exampleMessage({
  id: 'm-old',
  subject: 'The peering is planned',
  readAt: '2030-03-01T09:30:00.000Z',
});
const broadcast = exampleMessage({
  id: 'm-all',
  to: 'ALL',
  type: 'ALERT',
  priority: 'P0',
  subject: 'Freeze on prod',
  sentAt: '2030-03-01T11:00:00.000Z',
});

/** Inboxes by agent; each answer is filtered as the backend would, roughly. */
function inboxApi(
  inboxes: Record<string, Message[]>,
  overrides: Parameters<typeof mockAgentCoordinationApi>[0] = {},
) {
  return mockAgentCoordinationApi({
    getWhoami: jest.fn(async () => exampleWhoami('context_manager')),
    getInbox: jest.fn(async (agent: string, query: any = {}) => {
      const all = inboxes[agent] ?? [];
      let items = all;
      if (query.type) items = items.filter(m => m.type === query.type);
      if (query.priority)
        items = items.filter(m => m.priority === query.priority);
      if (query.unread) items = items.filter(m => m.readAt === null);
      return {
        ...exampleInbox(agent, all),
        items: items.slice(0, query.limit ?? 25),
        nextCursor: null,
      };
    }),
    listMessages: jest.fn(async (query: any = {}) => ({
      items: (inboxes[query.to] ?? []).filter(
        m =>
          (!query.overdue || m.overdue) &&
          (!query.type || m.type === query.type),
      ),
      nextCursor: null,
    })),
    ...overrides,
  });
}

async function renderPage(
  api: ReturnType<typeof mockAgentCoordinationApi>,
  path = '/agent-coordination/messages',
) {
  return renderConflictUi(
    <Routes>
      <Route
        path="/agent-coordination/messages/*"
        element={<MessageRoutes />}
      />
    </Routes>,
    api,
    { routeEntries: [path] },
  );
}

describe('MessagesPage', () => {
  it("lists the inboxes with unread counts, the user's own first and selected", async () => {
    const api = inboxApi({
      context_manager: [
        exampleMessage({
          id: 'm-cm',
          from: 'network_engineer',
          to: 'context_manager',
        }),
      ],
      network_engineer: [broadcast, request, read],
    });
    await renderPage(api);

    const agents = await screen.findByTestId('inbox-agents');
    await within(agents).findByTestId('inbox-count-network_engineer');
    const keys = within(agents)
      .getAllByTestId(/^inbox-agent-/)
      .map(e => e.dataset.testid);
    expect(keys[0]).toBe('inbox-agent-context_manager');
    expect(keys).toHaveLength(14);
    expect(
      within(agents).getByTestId('inbox-agent-context_manager'),
    ).toHaveClass('Mui-selected');
    expect(
      within(agents).getByTestId('inbox-agent-context_manager'),
    ).toHaveTextContent('You');
    expect(
      screen.getByTestId('inbox-count-network_engineer'),
    ).toHaveTextContent('2');
    expect(screen.getByTestId('inbox-count-context_manager')).toHaveTextContent(
      '1',
    );
    expect(await screen.findByTestId('message-row-m-cm')).toBeInTheDocument();
    expect(api.getInbox).toHaveBeenCalledWith('network_engineer', { limit: 1 });
  });

  it('shows an inbox newest first: unread bold, priority and type chips, overdue REQUESTs flagged, links to each message', async () => {
    const api = inboxApi({ network_engineer: [broadcast, request, read] });
    await renderPage(
      api,
      '/agent-coordination/messages?agent=network_engineer',
    );

    const table = await screen.findByTestId('inbox-messages');
    expect(
      within(table)
        .getAllByTestId(/^message-row-/)
        .map(r => r.dataset.testid),
    ).toEqual(['message-row-m-all', 'message-row-m-req', 'message-row-m-old']);
    const row = screen.getByTestId('message-row-m-req');
    expect(row).toHaveAttribute('data-unread', 'true');
    expect(screen.getByTestId('message-row-m-old')).toHaveAttribute(
      'data-unread',
      'false',
    );
    expect(within(row).getByTestId('message-priority')).toHaveTextContent('P1');
    expect(within(row).getByTestId('message-type')).toHaveTextContent(
      'REQUEST',
    );
    expect(within(row).getByTestId('message-overdue')).toHaveTextContent(
      'overdue',
    );
    expect(
      within(screen.getByTestId('message-row-m-old')).queryByTestId(
        'message-overdue',
      ),
    ).toBeNull();
    expect(
      within(screen.getByTestId('message-row-m-all')).getByText(
        'ALL (every agent)',
      ),
    ).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: 'Which CIDR for the shared VPC?' }),
    ).toHaveAttribute(
      'href',
      '/agent-coordination/messages/m-req?agent=network_engineer',
    );
    expect(screen.getByTestId('inbox-unread')).toHaveTextContent(
      '2 unread of 3',
    );
    expect(screen.getByTestId('inbox-unread-P0')).toHaveTextContent('P0: 1');
    expect(screen.getByTestId('inbox-unread-P1')).toHaveTextContent('P1: 1');
    // The context manager reads another agent's inbox: read state stays that agent's.
    expect(
      screen.getByText(/read state is kept per recipient agent/),
    ).toBeInTheDocument();
  });

  it('takes its filters from the URL and asks the backend with them; overdue through GET /messages', async () => {
    const api = inboxApi({ network_engineer: [broadcast, request, read] });
    await renderPage(
      api,
      '/agent-coordination/messages?agent=network_engineer&type=REQUEST&priority=P1&unread=true',
    );
    await screen.findByTestId('message-row-m-req');
    expect(api.getInbox).toHaveBeenCalledWith('network_engineer', {
      type: 'REQUEST',
      priority: 'P1',
      unread: true,
      cursor: undefined,
      limit: 25,
    });
    expect(screen.queryByTestId('message-row-m-old')).toBeNull();

    await user.click(
      screen.getByRole('checkbox', { name: 'Overdue REQUESTs' }),
    );
    await waitFor(() =>
      expect(api.listMessages).toHaveBeenCalledWith({
        to: 'network_engineer',
        type: 'REQUEST',
        priority: 'P1',
        unread: true,
        overdue: true,
        cursor: undefined,
        limit: 25,
      }),
    );
    expect(await screen.findByTestId('message-row-m-req')).toBeInTheDocument();

    // Choosing another type changes the URL's filter and the request.
    await user.click(screen.getByRole('button', { name: 'Type filter' }));
    await user.click(await screen.findByRole('option', { name: 'ALERT' }));
    await waitFor(() =>
      expect(api.listMessages).toHaveBeenLastCalledWith(
        expect.objectContaining({ type: 'ALERT', overdue: true }),
      ),
    );
    expect(await screen.findByText('No message matches')).toBeInTheDocument();
  });

  it('pages with the cursor', async () => {
    const getInbox = jest.fn(async (agent: string, query: any = {}) =>
      query.cursor === 'c-2'
        ? exampleInbox(agent, [read], { total: 3, unread: 2 })
        : {
            ...exampleInbox(agent, [broadcast, request]),
            total: 3,
            nextCursor: query.limit === 1 ? null : 'c-2',
          },
    );
    const api = inboxApi({}, { getInbox });
    await renderPage(
      api,
      '/agent-coordination/messages?agent=network_engineer',
    );
    await screen.findByTestId('message-row-m-req');
    await user.click(screen.getByRole('button', { name: 'Older' }));
    expect(await screen.findByTestId('message-row-m-old')).toBeInTheDocument();
    expect(screen.queryByTestId('message-row-m-req')).toBeNull();
    expect(getInbox).toHaveBeenCalledWith(
      'network_engineer',
      expect.objectContaining({ cursor: 'c-2' }),
    );
    await user.click(screen.getByRole('button', { name: 'Newer' }));
    expect(await screen.findByTestId('message-row-m-req')).toBeInTheDocument();
  });

  it('updates the inbox and the counts when a message arrives or is read elsewhere', async () => {
    const inboxes: Record<string, Message[]> = { network_engineer: [read] };
    const api = inboxApi(inboxes);
    const { signals } = await renderPage(
      api,
      '/agent-coordination/messages?agent=network_engineer',
    );
    await screen.findByTestId('message-row-m-old');
    expect(
      await screen.findByTestId('inbox-count-network_engineer'),
    ).toHaveTextContent('0');

    inboxes.network_engineer = [request, read];
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
    expect(await screen.findByTestId('message-row-m-req')).toHaveAttribute(
      'data-unread',
      'true',
    );
    await waitFor(() =>
      expect(
        screen.getByTestId('inbox-count-network_engineer'),
      ).toHaveTextContent('1'),
    );

    inboxes.network_engineer = [
      { ...request, readAt: '2030-03-01T12:00:00.000Z' },
      read,
    ];
    act(() => {
      signals.publish('agent-coordination:messages', {
        type: 'message.read',
        messageId: 'm-req',
        from: null,
        to: null,
        threadId: null,
        reader: 'network_engineer',
        version: null,
      });
    });
    await waitFor(() =>
      expect(screen.getByTestId('message-row-m-req')).toHaveAttribute(
        'data-unread',
        'false',
      ),
    );
    await waitFor(() =>
      expect(
        screen.getByTestId('inbox-count-network_engineer'),
      ).toHaveTextContent('0'),
    );
  });

  it("shows only the inboxes the backend lets the user read, and the backend's message for a refused one", async () => {
    const refused = await backendError(
      403,
      'Forbidden',
      'NotAllowedError',
      "network_engineer's inbox is read by network_engineer and the context manager only",
    );
    const api = inboxApi(
      {},
      {
        getWhoami: jest.fn(async () => exampleWhoami('network_engineer')),
        getInbox: jest.fn(async (agent: string) => {
          if (agent === 'network_engineer')
            return exampleInbox(agent, [request]);
          throw refused;
        }),
      },
    );
    await renderPage(
      api,
      '/agent-coordination/messages?agent=security_specialist',
    );
    const agents = await screen.findByTestId('inbox-agents');
    await within(agents).findByTestId('inbox-count-network_engineer');
    expect(within(agents).getAllByTestId(/^inbox-agent-/)).toHaveLength(1);
    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent(
      "Could not load Security Specialist's inbox",
    );
    expect(panel).toHaveTextContent(
      "network_engineer's inbox is read by network_engineer and the context manager only",
    );
    expect(screen.queryByText(/Request failed with/)).toBeNull();
  });

  it('says so when the inbox is empty, and a user mapped to no agent may not compose', async () => {
    const api = inboxApi(
      { network_engineer: [] },
      { getWhoami: jest.fn(async () => exampleWhoami(null)) },
    );
    await renderPage(
      api,
      '/agent-coordination/messages?agent=network_engineer',
    );
    expect(await screen.findByText('No messages yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New message' })).toBeDisabled();
  });

  it("shows the backend's message when the framework cannot be loaded", async () => {
    const error = await backendError(
      503,
      'Service Unavailable',
      'ServiceUnavailableError',
      'Backend starting',
    );
    await renderPage(
      inboxApi(
        {},
        {
          getFramework: jest.fn(async () => {
            throw error;
          }),
        },
      ),
    );
    expect(await screen.findByTestId('backend-error')).toHaveTextContent(
      'Could not load the frameworkBackend starting',
    );
  });
});
