import {
  apiRefusal,
  contextFor,
  onBehalfOfInitiator,
} from '../__testUtils__/actionContext';
import { aTransferredHandoff } from '../__testUtils__/fixtures';
import { createAcknowledgeHandoffAction } from './acknowledgeHandoff';

describe('agent-coordination:handoff:acknowledge', () => {
  const awaiting = aTransferredHandoff({ blocks: ['t1'], version: 3 });
  const acknowledged = aTransferredHandoff({
    blocks: ['t1'],
    stage: 'acknowledgment',
    status: 'acknowledged',
    acknowledgedAt: '2026-03-02T10:00:00.000Z',
    version: 4,
  });
  const coordination = {
    getHandoff: jest.fn(async () => awaiting),
    acknowledgeHandoff: jest.fn(async () => acknowledged),
  };
  const action = createAcknowledgeHandoffAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  it('acknowledges with the version it read and outputs the tasks released', async () => {
    const { ctx, outputs } = contextFor(
      { handoffId: awaiting.id, note: ' Taking it from here ' },
      { taskId: 'sc-5', stepId: 'accept' },
    );
    await action.handler(ctx);
    expect(coordination.getHandoff).toHaveBeenCalledWith(
      awaiting.id,
      onBehalfOfInitiator,
    );
    expect(coordination.acknowledgeHandoff).toHaveBeenCalledWith(
      awaiting.id,
      { version: 3, note: 'Taking it from here' },
      {
        ...onBehalfOfInitiator,
        idempotencyKey: expect.stringMatching(
          /^scaffolder:sc-5:accept:handoff\.acknowledge:/,
        ),
      },
    );
    expect(outputs).toEqual({
      handoffId: awaiting.id,
      title: 'VPC module',
      from: 'network_engineer',
      to: 'api_developer',
      stage: 'acknowledgment',
      status: 'acknowledged',
      previousStatus: 'awaiting_acknowledgment',
      released: ['t1'],
      version: 4,
      url: `/agent-coordination/handoffs/${awaiting.id}`,
    });
  });

  it('sends the version given without reading the handoff', async () => {
    const { ctx, outputs } = contextFor({ handoffId: awaiting.id, version: 3 });
    await action.handler(ctx);
    expect(coordination.getHandoff).not.toHaveBeenCalled();
    expect(coordination.acknowledgeHandoff).toHaveBeenCalledWith(
      awaiting.id,
      { version: 3 },
      expect.objectContaining(onBehalfOfInitiator),
    );
    expect(outputs.previousStatus).toBeUndefined();
  });

  it('acknowledges once when the step runs again', async () => {
    const first = contextFor({ handoffId: awaiting.id });
    await action.handler(first.ctx);
    const again = contextFor(
      { handoffId: awaiting.id },
      { checkpoints: first.checkpoints },
    );
    await action.handler(again.ctx);
    expect(coordination.acknowledgeHandoff).toHaveBeenCalledTimes(1);
    expect(coordination.getHandoff).toHaveBeenCalledTimes(1);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('only reads in a dry run, saying what would be released', async () => {
    const { ctx, outputs } = contextFor(
      { handoffId: awaiting.id },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(coordination.acknowledgeHandoff).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({
      status: 'acknowledged',
      previousStatus: 'awaiting_acknowledgment',
      released: ['t1'],
      version: 4,
    });
    expect(ctx.logger.info).toHaveBeenCalledWith(
      `Dry run: would acknowledge handoff ${awaiting.id} 'VPC module' from network_engineer, releasing t1`,
    );
  });

  it('in a dry run says a draft cannot be acknowledged yet', async () => {
    coordination.getHandoff.mockResolvedValueOnce(
      aTransferredHandoff({ stage: 'initiation', status: 'draft', version: 1 }),
    );
    const { ctx, outputs } = contextFor(
      { handoffId: awaiting.id },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(outputs).toMatchObject({
      status: 'draft',
      stage: 'initiation',
      released: [],
    });
    expect(ctx.logger.info).toHaveBeenCalledWith(
      `Dry run: handoff ${awaiting.id} is draft; acknowledging it would be refused`,
    );
  });

  it('needs the handoff’s id', async () => {
    await expect(
      action.handler(contextFor({ handoffId: ' ' }).ctx),
    ).rejects.toThrow('Name the handoff to acknowledge: handoffId is empty');
    expect(coordination.acknowledgeHandoff).not.toHaveBeenCalled();
  });

  it('fails with the backend’s message when the sender tries to acknowledge', async () => {
    const said = `network_engineer may not acknowledge handoff ${awaiting.id}: only its receiver (api_developer) or the context manager may`;
    coordination.acknowledgeHandoff.mockRejectedValueOnce(
      await apiRefusal(403, said, 'handoff_actor_not_permitted'),
    );
    await expect(
      action.handler(contextFor({ handoffId: awaiting.id }).ctx),
    ).rejects.toMatchObject({ name: 'NotAllowedError', message: said });
  });

  it('fails with the backend’s message for a stale version', async () => {
    const stale = `Handoff ${awaiting.id} is at version 4, not 3: it changed since you read it; the response carries the current one`;
    coordination.acknowledgeHandoff.mockRejectedValueOnce(
      await apiRefusal(409, stale, 'stale_version'),
    );
    await expect(
      action.handler(contextFor({ handoffId: awaiting.id }).ctx),
    ).rejects.toMatchObject({ name: 'ConflictError', message: stale });
  });
});
