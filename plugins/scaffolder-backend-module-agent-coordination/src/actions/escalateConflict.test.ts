import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aConflict } from '../__testUtils__/fixtures';
import { createEscalateConflictAction } from './escalateConflict';

describe('agent-coordination:conflict:escalate', () => {
  const atL1 = aConflict({ version: 3 });
  const atL2 = aConflict({
    level: 'L2',
    version: 4,
    deadlineAt: '2026-03-02T17:00:00.000Z',
    authority: { id: 'context_manager', name: 'Context Manager', kind: 'holders', agents: ['context_manager'], groups: [] },
  });
  const coordination = {
    getConflict: jest.fn(async () => atL1),
    escalateConflict: jest.fn(async () => atL2),
  };
  const action = createEscalateConflictAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  it('escalates with the version it read and outputs the new level’s authority and deadline', async () => {
    const { ctx, outputs } = contextFor({ conflictId: atL1.id, reason: 'No agreement after two votes' });
    await action.handler(ctx);
    expect(coordination.getConflict).toHaveBeenCalledWith(atL1.id, onBehalfOfInitiator);
    expect(coordination.escalateConflict).toHaveBeenCalledWith(
      atL1.id,
      { reason: 'No agreement after two votes', version: 3 },
      { ...onBehalfOfInitiator, idempotencyKey: expect.stringMatching(/:conflict\.escalate:/) },
    );
    expect(outputs).toEqual({
      conflictId: atL1.id,
      status: 'open',
      level: 'L2',
      previousLevel: 'L1',
      authority: 'Context Manager',
      authorityId: 'context_manager',
      authorityKind: 'holders',
      deciders: ['context_manager'],
      deadlineAt: '2026-03-02T17:00:00.000Z',
      resolveBy: atL2.resolveBy,
      version: 4,
      url: `/agent-coordination/conflicts/${atL1.id}`,
    });
  });

  it('escalates once when the step runs again', async () => {
    const first = contextFor({ conflictId: atL1.id, reason: 'Stuck' });
    await action.handler(first.ctx);
    const again = contextFor({ conflictId: atL1.id, reason: 'Stuck' }, { checkpoints: first.checkpoints });
    await action.handler(again.ctx);
    expect(coordination.escalateConflict).toHaveBeenCalledTimes(1);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('only reads in a dry run, naming the level it would go to', async () => {
    const { ctx, outputs } = contextFor({ conflictId: atL1.id, reason: 'Stuck' }, { dryRun: true });
    await action.handler(ctx);
    expect(coordination.escalateConflict).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({ level: 'L2', previousLevel: 'L1', version: 4 });
    expect(ctx.logger.info).toHaveBeenCalledWith(`Dry run: would escalate conflict ${atL1.id} from L1 to L2: Stuck`);
  });

  it('fails with the backend’s message for a stale version', async () => {
    const stale = `Conflict ${atL1.id} is at version 5, not 3: it changed since it was read`;
    coordination.escalateConflict.mockRejectedValueOnce(await apiRefusal(409, stale));
    await expect(action.handler(contextFor({ conflictId: atL1.id, reason: 'Stuck' }).ctx)).rejects.toMatchObject({
      name: 'ConflictError',
      message: stale,
    });
  });
});
