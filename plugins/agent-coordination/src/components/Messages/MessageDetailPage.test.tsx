import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { exampleMessage, exampleWhoami } from '../../__testUtils__/messages';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { MessageRoutes } from './MessageRoutes';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const request = exampleMessage({
  id: 'm-req',
  type: 'REQUEST',
  priority: 'P1',
  from: 'context_manager',
  to: 'network_engineer',
  subject: 'Which CIDR for the shared VPC?',
  content: '## Options\n\n- **10.0.0.0/16**\n- 10.1.0.0/16',
  artifacts: [{ path: 'components/terraform/vpc/main.tf', type: 'code' }],
  dependencies: [
    {
      agent: 'security_specialist',
      artifact: 'firewall rules',
      status: 'required',
    },
  ],
  tags: ['vpc'],
  overdue: true,
});
const update = exampleMessage({
  id: 'm-upd',
  subject: 'Security reviewed it',
  from: 'security_specialist',
  threadId: 'm-req',
  sentAt: '2030-03-01T09:30:00.000Z',
});

async function renderMessage(
  overrides: Parameters<typeof mockAgentCoordinationApi>[0],
  path = '/agent-coordination/messages/m-req?agent=network_engineer',
) {
  const api = mockAgentCoordinationApi({
    getMessage: jest.fn(async () => request),
    listMessages: jest.fn(async () => ({
      items: [update, request],
      nextCursor: null,
    })),
    markMessageRead: jest.fn(async () => ({
      ...request,
      readAt: '2030-03-01T12:00:00.000Z',
    })),
    ...overrides,
  });
  const rendered = await renderConflictUi(
    <Routes>
      <Route
        path="/agent-coordination/messages/*"
        element={<MessageRoutes />}
      />
    </Routes>,
    api,
    { routeEntries: [path] },
  );
  return { api, ...rendered };
}

describe('MessageDetailPage', () => {
  it('marks the message read for a recipient and shows its body as markdown, artifacts, dependencies and thread', async () => {
    const { api } = await renderMessage({
      getWhoami: jest.fn(async () => exampleWhoami('network_engineer')),
    });

    const detail = await screen.findByTestId('message-detail');
    await waitFor(() =>
      expect(api.markMessageRead).toHaveBeenCalledWith('m-req'),
    );
    expect(api.markMessageRead).toHaveBeenCalledTimes(1);
    expect(api.listMessages).toHaveBeenCalledWith({
      thread: 'm-req',
      limit: 200,
    });
    expect(
      within(screen.getByTestId('message-content')).getByRole('heading', {
        name: 'Options',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('message-content')).getByText('10.0.0.0/16')
        .tagName,
    ).toBe('STRONG');
    expect(screen.getByTestId('message-artifacts')).toHaveTextContent(
      'components/terraform/vpc/main.tf (code)',
    );
    expect(screen.getByTestId('message-dependencies')).toHaveTextContent(
      'Security Specialist: firewall rules (required)',
    );
    expect(screen.getByTestId('message-tags')).toHaveTextContent('vpc');
    expect(within(detail).getByTestId('message-overdue')).toBeInTheDocument();
    // The thread oldest first, with a link to the other message.
    const thread = screen.getByTestId('message-thread');
    expect(
      within(thread)
        .getAllByTestId(/^thread-item-/)
        .map(e => e.dataset.testid),
    ).toEqual(['thread-item-m-req', 'thread-item-m-upd']);
    expect(
      within(thread).getByRole('link', { name: 'Security reviewed it' }),
    ).toHaveAttribute(
      'href',
      '/agent-coordination/messages/m-upd?agent=network_engineer',
    );
    expect(screen.getByTestId('message-back')).toHaveAttribute(
      'href',
      '/agent-coordination/messages?agent=network_engineer',
    );
    expect(screen.queryByTestId('message-not-recipient')).toBeNull();
  });

  it('answers a REQUEST with a RESPONSE carrying its correlation id, to its sender', async () => {
    const response = exampleMessage({
      id: 'm-resp',
      type: 'RESPONSE',
      to: 'context_manager',
      from: 'network_engineer',
    });
    const { api } = await renderMessage({
      getWhoami: jest.fn(async () => exampleWhoami('network_engineer')),
      sendMessage: jest.fn(async () => response),
    });
    await user.click(await screen.findByTestId('message-reply'));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Respond to the REQUEST')).toBeInTheDocument();
    await user.type(
      dialog.getByLabelText('Content (markdown)'),
      'Take **10.0.0.0/16**.',
    );
    await user.click(dialog.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(api.sendMessage).toHaveBeenCalledTimes(1));
    const [body, options] = (api.sendMessage as jest.Mock).mock.calls[0];
    expect(body).toEqual({
      to: 'context_manager',
      type: 'RESPONSE',
      priority: 'P1',
      subject: 'Re: Which CIDR for the shared VPC?',
      content: 'Take **10.0.0.0/16**.',
      correlationId: 'm-req',
    });
    expect(options.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('does not mark read for a reader who is not a recipient, and says why', async () => {
    const { api } = await renderMessage({
      getWhoami: jest.fn(async () => exampleWhoami('context_manager')),
      getMessage: jest.fn(async () => ({
        ...request,
        from: 'security_specialist',
      })),
    });
    expect(
      await screen.findByTestId('message-not-recipient'),
    ).toHaveTextContent('You act as Context Manager, not a recipient');
    expect(api.markMessageRead).not.toHaveBeenCalled();
    expect(screen.queryByTestId('message-reply')).toBeNull();
  });

  it('refetches the message and its thread when a message in the thread arrives', async () => {
    const listMessages = jest
      .fn()
      .mockResolvedValueOnce({ items: [request], nextCursor: null })
      .mockResolvedValue({ items: [update, request], nextCursor: null });
    const { signals } = await renderMessage({
      getWhoami: jest.fn(async () => exampleWhoami('network_engineer')),
      listMessages,
    });
    await screen.findByTestId('thread-item-m-req');
    expect(screen.queryByTestId('thread-item-m-upd')).toBeNull();
    act(() => {
      signals.publish('agent-coordination:messages', {
        type: 'message.sent',
        messageId: 'm-upd',
        from: 'security_specialist',
        to: 'network_engineer',
        threadId: 'm-req',
        reader: null,
        version: 1,
      });
    });
    expect(await screen.findByTestId('thread-item-m-upd')).toBeInTheDocument();
  });

  it("shows the backend's message for a message that cannot be read, and one it may not mark read", async () => {
    const notFound = await backendError(
      404,
      'Not Found',
      'NotFoundError',
      "No message 'm-gone'",
    );
    await renderMessage(
      {
        getWhoami: jest.fn(async () => exampleWhoami('network_engineer')),
        getMessage: jest.fn(async () => {
          throw notFound;
        }),
      },
      '/agent-coordination/messages/m-gone',
    );
    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent(
      "Could not load the messageNo message 'm-gone'",
    );
    expect(screen.queryByText(/Request failed with/)).toBeNull();
  });

  it("shows the backend's refusal to mark it read", async () => {
    const refused = await backendError(
      403,
      'Forbidden',
      'NotAllowedError',
      'You may not send messages',
    );
    await renderMessage({
      getWhoami: jest.fn(async () => exampleWhoami('network_engineer')),
      markMessageRead: jest.fn(async () => {
        throw refused;
      }),
    });
    expect(await screen.findByTestId('backend-error')).toHaveTextContent(
      'Could not mark the message readYou may not send messages',
    );
  });
});
