import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aConflict } from '../__testUtils__/fixtures';
import { createOpenConflictAction } from './openConflict';

describe('agent-coordination:conflict:open', () => {
  const conflict = aConflict({ blocks: ['t1'] });
  const coordination = { openConflict: jest.fn(async () => conflict) };
  const action = createOpenConflictAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  const input = {
    type: 'technical',
    category: 'code_merge',
    title: 'Both change the VPC module',
    description: '',
    parties: ['network_engineer', 'infrastructure_architect', 'network_engineer'],
    paths: ['components/terraform/vpc/main.tf'],
    blocks: ['t1'],
  };

  it('opens the conflict as the template’s user and outputs level, authority and deadline', async () => {
    const { ctx, outputs } = contextFor(input, { taskId: 'sc-9', stepId: 'open' });
    await action.handler(ctx);
    expect(coordination.openConflict).toHaveBeenCalledWith(
      {
        type: 'technical',
        category: 'code_merge',
        title: 'Both change the VPC module',
        parties: ['network_engineer', 'infrastructure_architect'],
        subject: { paths: ['components/terraform/vpc/main.tf'] },
        blocks: ['t1'],
      },
      { ...onBehalfOfInitiator, idempotencyKey: expect.stringMatching(/^scaffolder:sc-9:open:conflict\.open:/) },
    );
    expect(outputs).toEqual({
      conflictId: conflict.id,
      status: 'open',
      level: 'L1',
      authority: 'Agents',
      authorityId: 'parties_consensus',
      authorityKind: 'consensus',
      deciders: [],
      deadlineAt: '2026-03-02T13:00:00.000Z',
      resolveBy: '2026-03-02T21:00:00.000Z',
      version: 1,
      typeName: 'Technical conflicts',
      categoryName: 'Code Merge',
      blocks: ['t1'],
      url: `/agent-coordination/conflicts/${conflict.id}`,
    });
  });

  it('opens one conflict when the step runs again after a restart', async () => {
    const first = contextFor(input);
    await action.handler(first.ctx);
    const again = contextFor(input, { checkpoints: first.checkpoints });
    await action.handler(again.ctx);
    expect(coordination.openConflict).toHaveBeenCalledTimes(1);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('writes nothing in a dry run and outputs a typed stand-in', async () => {
    const { ctx, outputs } = contextFor(input, { dryRun: true });
    await action.handler(ctx);
    expect(coordination.openConflict).not.toHaveBeenCalled();
    expect(ctx.checkpoint).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({
      conflictId: '00000000-0000-0000-0000-000000000000',
      level: 'L1',
      status: 'open',
      blocks: ['t1'],
      url: '/agent-coordination/conflicts/00000000-0000-0000-0000-000000000000',
    });
    expect(typeof outputs.deadlineAt).toBe('string');
  });

  it('needs two different parties', async () => {
    await expect(
      action.handler(contextFor({ ...input, parties: ['network_engineer', 'network_engineer'] }).ctx),
    ).rejects.toThrow('A conflict is between at least two different agents; got network_engineer');
    expect(coordination.openConflict).not.toHaveBeenCalled();
  });

  it('fails with the backend’s message when it refuses', async () => {
    const message = "Category 'architecture' follows the design conflict type, not technical";
    coordination.openConflict.mockRejectedValueOnce(await apiRefusal(400, message));
    await expect(action.handler(contextFor({ ...input, category: 'architecture' }).ctx)).rejects.toMatchObject({
      name: 'InputError',
      message,
    });
  });
});
