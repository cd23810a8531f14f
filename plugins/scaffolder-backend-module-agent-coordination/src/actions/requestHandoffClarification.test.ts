import {
  apiRefusal,
  contextFor,
  onBehalfOfInitiator,
} from '../__testUtils__/actionContext';
import { aTransferredHandoff } from '../__testUtils__/fixtures';
import { createRequestHandoffClarificationAction } from './requestHandoffClarification';

describe('agent-coordination:handoff:request-clarification', () => {
  const awaiting = aTransferredHandoff({ version: 2 });
  const asked = aTransferredHandoff({
    status: 'clarification_requested',
    clarifications: [
      {
        question: 'Which region first?',
        askedBy: 'user:default/alice',
        askedAt: '2026-03-02T10:00:00.000Z',
        answer: null,
        answeredBy: null,
        answeredAt: null,
      },
    ],
    version: 3,
  });
  const coordination = {
    getHandoff: jest.fn(async () => awaiting),
    requestHandoffClarification: jest.fn(async () => asked),
  };
  const action = createRequestHandoffClarificationAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  it('asks with the version it read and outputs the open question', async () => {
    const { ctx, outputs } = contextFor(
      { handoffId: awaiting.id, question: ' Which region first? ' },
      { taskId: 'sc-6', stepId: 'ask' },
    );
    await action.handler(ctx);
    expect(coordination.getHandoff).toHaveBeenCalledWith(
      awaiting.id,
      onBehalfOfInitiator,
    );
    expect(coordination.requestHandoffClarification).toHaveBeenCalledWith(
      awaiting.id,
      { question: 'Which region first?', version: 2 },
      {
        ...onBehalfOfInitiator,
        idempotencyKey: expect.stringMatching(
          /^scaffolder:sc-6:ask:handoff\.clarify:/,
        ),
      },
    );
    expect(outputs).toEqual({
      handoffId: awaiting.id,
      title: 'VPC module',
      from: 'network_engineer',
      to: 'api_developer',
      stage: 'transfer',
      status: 'clarification_requested',
      question: 'Which region first?',
      acknowledgmentDueAt: '2026-03-02T13:00:00.000Z',
      version: 3,
      url: `/agent-coordination/handoffs/${awaiting.id}`,
    });
  });

  it('asks once when the step runs again', async () => {
    const input = { handoffId: awaiting.id, question: 'Which region first?' };
    const first = contextFor(input);
    await action.handler(first.ctx);
    const again = contextFor(input, { checkpoints: first.checkpoints });
    await action.handler(again.ctx);
    expect(coordination.requestHandoffClarification).toHaveBeenCalledTimes(1);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('only reads in a dry run', async () => {
    const { ctx, outputs } = contextFor(
      { handoffId: awaiting.id, question: 'Which region first?', version: 2 },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(coordination.requestHandoffClarification).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({
      status: 'clarification_requested',
      question: 'Which region first?',
      version: 3,
    });
    expect(ctx.logger.info).toHaveBeenCalledWith(
      `Dry run: would ask network_engineer about handoff ${awaiting.id} 'VPC module': Which region first?`,
    );
  });

  it('needs the handoff’s id and a question', async () => {
    await expect(
      action.handler(contextFor({ handoffId: '', question: 'Why?' }).ctx),
    ).rejects.toThrow('Name the handoff to ask about: handoffId is empty');
    await expect(
      action.handler(contextFor({ handoffId: awaiting.id, question: ' ' }).ctx),
    ).rejects.toThrow('Ask something: the question is empty');
    expect(coordination.requestHandoffClarification).not.toHaveBeenCalled();
  });

  it('fails with the backend’s message when a question is already open', async () => {
    const said = `Handoff ${awaiting.id} waits for its sender to answer a question: it cannot take this step (ask for clarification on) now`;
    coordination.requestHandoffClarification.mockRejectedValueOnce(
      await apiRefusal(409, said, 'handoff_clarification_requested'),
    );
    await expect(
      action.handler(
        contextFor({ handoffId: awaiting.id, question: 'Again?' }).ctx,
      ),
    ).rejects.toMatchObject({ name: 'ConflictError', message: said });
  });
});
