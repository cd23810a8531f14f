import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aConflict } from '../__testUtils__/fixtures';
import { createListConflictsAction } from './listConflicts';

describe('agent-coordination:conflict:list', () => {
  const breached = aConflict({ id: 'c1', level: 'L3', breachedAt: '2026-03-03T09:00:00.000Z' });
  const fresh = aConflict({ id: 'c2', title: 'Who runs the DNS zone', type: 'ownership', category: null });
  const coordination = { listConflicts: jest.fn() };
  const action = createListConflictsAction({ coordination });
  beforeEach(() => jest.resetAllMocks());

  it('lists the open conflicts of one party by default, as the template’s user', async () => {
    coordination.listConflicts.mockResolvedValueOnce({ items: [breached, fresh], nextCursor: null });
    const { ctx, outputs } = contextFor({ party: 'network_engineer' });
    await action.handler(ctx);
    expect(coordination.listConflicts).toHaveBeenCalledWith(
      { status: 'open', party: 'network_engineer', limit: 100 },
      onBehalfOfInitiator,
    );
    expect(outputs.conflictIds).toEqual(['c1', 'c2']);
    expect(outputs.count).toBe(2);
    expect((outputs.conflicts as any[])[0]).toEqual({
      id: 'c1',
      title: 'Both change the VPC module',
      type: 'technical',
      category: 'code_merge',
      status: 'open',
      level: 'L3',
      parties: ['network_engineer', 'infrastructure_architect'],
      authority: 'Agents',
      deadlineAt: breached.deadlineAt,
      breached: true,
      version: 1,
      url: '/agent-coordination/conflicts/c1',
    });
    expect((outputs.conflicts as any[])[1]).toMatchObject({ id: 'c2', breached: false, category: null });
  });

  it('passes the other filters on, and runs in a dry run', async () => {
    coordination.listConflicts.mockResolvedValueOnce({ items: [], nextCursor: null });
    const { ctx, outputs } = contextFor(
      { status: 'resolved' as const, type: 'technical', level: 'L2' as const, breached: false, task: 't1', component: '' },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(coordination.listConflicts).toHaveBeenCalledWith(
      { status: 'resolved', type: 'technical', task: 't1', level: 'L2', breached: false, limit: 100 },
      onBehalfOfInitiator,
    );
    expect(outputs).toEqual({ conflicts: [], conflictIds: [], count: 0, more: false });
  });

  it('fails with the backend’s message', async () => {
    coordination.listConflicts.mockRejectedValueOnce(await apiRefusal(403, 'You may not read conflicts'));
    await expect(action.handler(contextFor({}).ctx)).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: 'You may not read conflicts',
    });
  });
});
