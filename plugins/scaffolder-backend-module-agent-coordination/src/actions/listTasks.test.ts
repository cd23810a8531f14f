import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aTask } from '../__testUtils__/fixtures';
import { createListTasksAction } from './listTasks';

describe('agent-coordination:task:list', () => {
  const vpc = aTask({ id: 't1', title: 'Add the staging VPC', state: 'IN_PROGRESS' });
  const dns = aTask({ id: 't2', title: 'Delegate the zone', state: 'ASSIGNED', component: null });
  const coordination = { listTasks: jest.fn() };
  const action = createListTasksAction({ coordination });
  beforeEach(() => jest.resetAllMocks());

  it('asks for the set filters only, as the template’s user, and outputs ids, titles and states', async () => {
    coordination.listTasks.mockResolvedValueOnce({ items: [vpc, dns], nextCursor: null });
    const { ctx, outputs } = contextFor({ assignee: 'network_engineer', state: '', label: 'team:network', limit: 10 });
    await action.handler(ctx);
    expect(coordination.listTasks).toHaveBeenCalledWith(
      { assignee: 'network_engineer', label: 'team:network', limit: 10 },
      onBehalfOfInitiator,
    );
    expect(outputs.taskIds).toEqual(['t1', 't2']);
    expect(outputs.count).toBe(2);
    expect(outputs.more).toBe(false);
    expect(outputs.tasks).toEqual([
      {
        id: 't1',
        title: 'Add the staging VPC',
        state: 'IN_PROGRESS',
        assignee: 'network_engineer',
        priority: 'P2',
        component: 'component:default/vpc',
        version: 1,
        url: '/agent-coordination/tasks/t1',
      },
      {
        id: 't2',
        title: 'Delegate the zone',
        state: 'ASSIGNED',
        assignee: 'network_engineer',
        priority: 'P2',
        component: null,
        version: 1,
        url: '/agent-coordination/tasks/t2',
      },
    ]);
  });

  it('follows pages up to the limit and says when more match', async () => {
    coordination.listTasks
      .mockResolvedValueOnce({ items: [vpc], nextCursor: 'c1' })
      .mockResolvedValueOnce({ items: [dns], nextCursor: 'c2' });
    const { ctx, outputs } = contextFor({ component: 'component:default/vpc', limit: 2 });
    await action.handler(ctx);
    expect(coordination.listTasks.mock.calls.map(c => c[0])).toEqual([
      { component: 'component:default/vpc', limit: 2 },
      { component: 'component:default/vpc', limit: 1, cursor: 'c1' },
    ]);
    expect(outputs.count).toBe(2);
    expect(outputs.more).toBe(true);
  });

  it('runs in a dry run too: it only reads', async () => {
    coordination.listTasks.mockResolvedValueOnce({ items: [vpc], nextCursor: null });
    const { ctx, outputs } = contextFor({ assignee: 'network_engineer' }, { dryRun: true });
    await action.handler(ctx);
    expect(coordination.listTasks).toHaveBeenCalledWith({ assignee: 'network_engineer', limit: 100 }, onBehalfOfInitiator);
    expect(outputs.taskIds).toEqual(['t1']);
  });

  it('fails with the backend’s message for a bad filter', async () => {
    coordination.listTasks.mockRejectedValueOnce(await apiRefusal(400, "Unknown state 'DOING'; the states are CREATED, ASSIGNED, IN_PROGRESS"));
    await expect(action.handler(contextFor({ state: 'DOING' }).ctx)).rejects.toMatchObject({
      name: 'InputError',
      message: "Unknown state 'DOING'; the states are CREATED, ASSIGNED, IN_PROGRESS",
    });
  });
});
