import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aConflict } from '../__testUtils__/fixtures';
import { createResolveConflictAction } from './resolveConflict';

describe('agent-coordination:conflict:resolve', () => {
  const open = aConflict({
    level: 'L2',
    version: 6,
    blocks: ['t1', 't2'],
    authority: { id: 'context_manager', name: 'Context Manager', kind: 'holders', agents: ['context_manager'], groups: [] },
  });
  const coordination = {
    getConflict: jest.fn(async () => open),
    resolveConflict: jest.fn(async (_id: string, request: { decision: string; rationale: string; version: number }) =>
      aConflict({
        ...open,
        status: 'resolved',
        version: request.version + 1,
        resolution: {
          decision: request.decision,
          rationale: request.rationale,
          by: 'user:default/alice',
          byAgent: 'context_manager',
          via: 'authority',
          at: '2026-03-02T11:00:00.000Z',
        },
      }),
    ),
  };
  const action = createResolveConflictAction({ coordination });
  beforeEach(() => jest.clearAllMocks());
  const input = { conflictId: open.id, decision: 'Keep module A', rationale: 'It passed review' };

  it('resolves with the version it read and outputs the decision and the released tasks', async () => {
    const { ctx, outputs } = contextFor(input);
    await action.handler(ctx);
    expect(coordination.resolveConflict).toHaveBeenCalledWith(
      open.id,
      { decision: 'Keep module A', rationale: 'It passed review', version: 6 },
      { ...onBehalfOfInitiator, idempotencyKey: expect.stringMatching(/:conflict\.resolve:/) },
    );
    expect(outputs).toEqual({
      conflictId: open.id,
      status: 'resolved',
      level: 'L2',
      decision: 'Keep module A',
      decidedBy: 'user:default/alice',
      released: ['t1', 't2'],
      version: 7,
      url: `/agent-coordination/conflicts/${open.id}`,
    });
  });

  it('resolves once when the step runs again', async () => {
    const first = contextFor(input);
    await action.handler(first.ctx);
    const again = contextFor(input, { checkpoints: first.checkpoints });
    await action.handler(again.ctx);
    expect(coordination.resolveConflict).toHaveBeenCalledTimes(1);
    expect(coordination.getConflict).toHaveBeenCalledTimes(1);
  });

  it('only reads in a dry run', async () => {
    const { ctx, outputs } = contextFor({ ...input, version: 6 }, { dryRun: true });
    await action.handler(ctx);
    expect(coordination.resolveConflict).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({ status: 'resolved', decision: 'Keep module A', released: ['t1', 't2'] });
  });

  it('fails with the backend’s message when the user does not hold the level’s authority', async () => {
    const message = 'At L2 the Context Manager decides; network_engineer does not hold that authority';
    coordination.resolveConflict.mockRejectedValueOnce(await apiRefusal(403, message, 'not_the_authority'));
    await expect(action.handler(contextFor(input).ctx)).rejects.toMatchObject({ name: 'NotAllowedError', message });
  });

  it('needs a decision and a rationale', async () => {
    await expect(action.handler(contextFor({ ...input, rationale: ' ' }).ctx)).rejects.toThrow('rationale is empty');
    expect(coordination.getConflict).not.toHaveBeenCalled();
  });
});
