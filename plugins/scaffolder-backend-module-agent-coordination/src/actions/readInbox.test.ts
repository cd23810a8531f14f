import type { Inbox } from '@agent-coordination/plugin-agent-coordination-common';
import {
  apiRefusal,
  contextFor,
  onBehalfOfInitiator,
} from '../__testUtils__/actionContext';
import { aMessage } from '../__testUtils__/fixtures';
import { createReadInboxAction } from './readInbox';

describe('agent-coordination:inbox:read', () => {
  const unread = aMessage({
    id: 'm-2',
    priority: 'P0',
    type: 'ALERT',
    subject: 'Prod down',
  });
  const read = aMessage({ id: 'm-1', readAt: '2026-03-02T10:00:00.000Z' });
  const inbox = (items: Inbox['items'], nextCursor: string | null): Inbox => ({
    agent: 'api_developer',
    total: 2,
    unread: 1,
    unreadByPriority: { P0: 1, P1: 0, P2: 0, P3: 0 },
    items,
    nextCursor,
  });
  const coordination = { getInbox: jest.fn() };
  const action = createReadInboxAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  it('reads the inbox as the template’s user, page by page, and outputs messages and counts', async () => {
    coordination.getInbox
      .mockResolvedValueOnce(inbox([unread], 'next'))
      .mockResolvedValueOnce(inbox([read], null));
    const { ctx, outputs } = contextFor({
      agent: 'api_developer',
      type: ' ',
      limit: 10,
    });
    await action.handler(ctx);
    expect(coordination.getInbox.mock.calls).toEqual([
      ['api_developer', { limit: 10 }, onBehalfOfInitiator],
      ['api_developer', { limit: 9, cursor: 'next' }, onBehalfOfInitiator],
    ]);
    expect(outputs).toMatchObject({
      agent: 'api_developer',
      total: 2,
      unread: 1,
      unreadByPriority: { P0: 1 },
      count: 2,
      more: false,
    });
    expect(
      (outputs.messages as Array<{ id: string; read: boolean }>).map(m => [
        m.id,
        m.read,
      ]),
    ).toEqual([
      ['m-2', false],
      ['m-1', true],
    ]);
  });

  it('stops at the limit and says there is more; reads in a dry run too, since it changes nothing', async () => {
    coordination.getInbox.mockResolvedValue(inbox([unread], 'next'));
    const { ctx, outputs } = contextFor(
      { agent: 'api_developer', unread: true, limit: 1 },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(coordination.getInbox).toHaveBeenCalledWith(
      'api_developer',
      { unread: true, limit: 1 },
      onBehalfOfInitiator,
    );
    expect(outputs).toMatchObject({ count: 1, more: true });
  });

  it('fails with the backend’s message when it refuses another agent’s inbox', async () => {
    const said =
      "security_specialist may not read api_developer's inbox: an agent reads its own, the context manager every one";
    coordination.getInbox.mockRejectedValueOnce(
      await apiRefusal(403, said, 'inbox_not_permitted'),
    );
    await expect(
      action.handler(contextFor({ agent: 'api_developer' }).ctx),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: said,
    });
    await expect(action.handler(contextFor({ agent: '' }).ctx)).rejects.toThrow(
      'Name the agent',
    );
  });
});
