import {
  apiRefusal,
  contextFor,
  onBehalfOfInitiator,
} from '../__testUtils__/actionContext';
import { aMessage } from '../__testUtils__/fixtures';
import { createSendMessageAction } from './sendMessage';

describe('agent-coordination:message:send', () => {
  const message = aMessage({
    artifacts: [{ path: 'components/terraform/vpc/outputs.tf', type: 'code' }],
  });
  const coordination = { sendMessage: jest.fn(async () => message) };
  const action = createSendMessageAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  const input = {
    to: 'api_developer',
    priority: 'P1',
    type: 'REQUEST',
    subject: ' Expose the VPC id as an output ',
    content: '',
    correlationId: '',
    tags: ['vpc', ' '],
    artifacts: [{ path: 'components/terraform/vpc/outputs.tf', type: 'code' }],
  };

  it('sends as the template’s user with an idempotency key, and outputs the ids and the response due time', async () => {
    const { ctx, outputs } = contextFor(input, {
      taskId: 'sc-7',
      stepId: 'ask',
    });
    await action.handler(ctx);
    expect(coordination.sendMessage).toHaveBeenCalledWith(
      {
        to: 'api_developer',
        priority: 'P1',
        type: 'REQUEST',
        subject: 'Expose the VPC id as an output',
        tags: ['vpc'],
        artifacts: [
          { path: 'components/terraform/vpc/outputs.tf', type: 'code' },
        ],
      },
      {
        ...onBehalfOfInitiator,
        idempotencyKey: expect.stringMatching(
          /^scaffolder:sc-7:ask:message\.send:/,
        ),
      },
    );
    expect(outputs).toEqual({
      messageId: message.id,
      from: 'network_engineer',
      to: 'api_developer',
      type: 'REQUEST',
      priority: 'P1',
      correlationId: message.id,
      threadId: message.id,
      sentAt: message.sentAt,
      responseDueAt: '2026-03-02T13:00:00.000Z',
      url: `/agent-coordination/messages/${message.id}`,
    });
  });

  it('sends one message when the step runs again after a restart', async () => {
    const first = contextFor(input);
    await action.handler(first.ctx);
    const again = contextFor(input, { checkpoints: first.checkpoints });
    await action.handler(again.ctx);
    expect(coordination.sendMessage).toHaveBeenCalledTimes(1);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('sends nothing in a dry run and outputs a typed stand-in', async () => {
    const { ctx, outputs } = contextFor(
      { to: 'ALL', subject: 'Freeze' },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(coordination.sendMessage).not.toHaveBeenCalled();
    expect(ctx.checkpoint).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({
      messageId: '00000000-0000-0000-0000-000000000000',
      to: 'ALL',
      type: 'UPDATE',
      priority: 'P2',
      url: '/agent-coordination/messages/00000000-0000-0000-0000-000000000000',
    });
  });

  it('needs a recipient and a subject', async () => {
    await expect(
      action.handler(contextFor({ ...input, to: ' ' }).ctx),
    ).rejects.toThrow('Name the recipient: to is empty');
    await expect(
      action.handler(contextFor({ ...input, subject: '' }).ctx),
    ).rejects.toThrow('needs a subject');
    expect(coordination.sendMessage).not.toHaveBeenCalled();
  });

  it('fails with the backend’s message when it refuses, e.g. a RESPONSE to nothing', async () => {
    const said =
      "Invalid request body: correlationId: 'x' names no REQUEST; a RESPONSE answers a REQUEST by its id";
    coordination.sendMessage.mockRejectedValueOnce(
      await apiRefusal(400, said, 'no_such_request'),
    );
    await expect(
      action.handler(
        contextFor({
          ...input,
          type: 'RESPONSE',
          to: 'network_engineer',
          correlationId: 'x',
        }).ctx,
      ),
    ).rejects.toMatchObject({ name: 'InputError', message: said });
  });
});
