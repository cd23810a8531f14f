import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aTask } from '../__testUtils__/fixtures';
import { createCreateTaskAction } from './createTask';

describe('agent-coordination:task:create', () => {
  const task = aTask({ title: 'Add the staging VPC', labels: ['team:network'], priority: 'P1' });
  const coordination = {
    createTask: jest.fn(async () => ({
      task,
      warnings: [{ taskId: 'a1', message: 'Task a1 (documentation_updates) is not finished yet' }],
    })),
    getFramework: jest.fn(async () => ({ lifecycle: { initial: 'CREATED' } }) as any),
  };
  const action = createCreateTaskAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  it('creates the task as the template’s user, with a key for the step, and outputs what later steps need', async () => {
    const { ctx, outputs } = contextFor(
      {
        title: ' Add the staging VPC ',
        description: 'Two private subnets per zone',
        kind: 'network_setup',
        assignee: 'network_engineer',
        priority: 'P1' as const,
        component: 'component:default/vpc',
        labels: ['team:network', ''],
        dependencies: [{ taskId: 'a1' }, { taskId: 'a2', blocking: false }],
      },
      { taskId: 'scaffolder-task-7', stepId: 'create' },
    );
    await action.handler(ctx);

    expect(coordination.createTask).toHaveBeenCalledTimes(1);
    const [request, options] = coordination.createTask.mock.calls[0] as unknown as [object, any];
    expect(request).toEqual({
      title: 'Add the staging VPC',
      description: 'Two private subnets per zone',
      kind: 'network_setup',
      assignee: 'network_engineer',
      priority: 'P1',
      component: 'component:default/vpc',
      labels: ['team:network'],
      dependencies: [{ taskId: 'a1' }, { taskId: 'a2', blocking: false }],
    });
    expect(options.credentials).toEqual(onBehalfOfInitiator.credentials);
    expect(options.idempotencyKey).toMatch(/^scaffolder:scaffolder-task-7:create:task\.create:[0-9a-f]{16}$/);

    expect(outputs).toEqual({
      taskId: task.id,
      title: 'Add the staging VPC',
      state: 'CREATED',
      version: 1,
      assignee: 'network_engineer',
      url: `/agent-coordination/tasks/${task.id}`,
      warnings: ['Task a1 (documentation_updates) is not finished yet'],
    });
    expect(ctx.logger.warn).toHaveBeenCalledWith('Task a1 (documentation_updates) is not finished yet');
  });

  it('sends only what the template gave: empty optional parameters are left out, the kind defaults to general', async () => {
    const { ctx, outputs } = contextFor({ title: 'Write the runbook', description: '', assignee: '', component: '  ' });
    coordination.createTask.mockResolvedValueOnce({
      task: aTask({ title: 'Write the runbook', assignee: null, kind: 'general' }),
      warnings: [],
    });
    await action.handler(ctx);
    expect(coordination.createTask.mock.calls[0]).toEqual([
      { title: 'Write the runbook', kind: 'general' },
      expect.anything(),
    ]);
    expect(outputs.assignee).toBeUndefined();
  });

  it('creates the task once when the step runs again after a restart', async () => {
    const first = contextFor({ title: 'Add the staging VPC', assignee: 'network_engineer' });
    await action.handler(first.ctx);
    const again = contextFor(
      { title: 'Add the staging VPC', assignee: 'network_engineer' },
      { checkpoints: first.checkpoints },
    );
    await action.handler(again.ctx);

    expect(coordination.createTask).toHaveBeenCalledTimes(1);
    expect(again.outputs.taskId).toBe(task.id);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('gives each item of an `each` step its own key, and the same item the same key on a retry', async () => {
    const keyFor = async (title: string) => {
      coordination.createTask.mockClear();
      await action.handler(contextFor({ title }).ctx);
      return (coordination.createTask.mock.calls[0] as unknown as [unknown, any])[1].idempotencyKey;
    };
    const a = await keyFor('Task A');
    expect(await keyFor('Task B')).not.toBe(a);
    expect(await keyFor('Task A')).toBe(a);
  });

  it('writes nothing in a dry run and outputs a typed stand-in', async () => {
    const { ctx, outputs } = contextFor(
      { title: 'Add the staging VPC', assignee: 'network_engineer' },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(coordination.createTask).not.toHaveBeenCalled();
    expect(ctx.checkpoint).not.toHaveBeenCalled();
    expect(outputs).toEqual({
      taskId: '00000000-0000-0000-0000-000000000000',
      title: 'Add the staging VPC',
      state: 'CREATED',
      version: 1,
      assignee: 'network_engineer',
      url: '/agent-coordination/tasks/00000000-0000-0000-0000-000000000000',
      warnings: [],
    });
    expect(ctx.logger.info).toHaveBeenCalledWith(expect.stringContaining('Dry run: would create the task'));
  });

  it('fails with the backend’s own words when it refuses', async () => {
    const message =
      "context_manager may assign a task to another agent at creation; network_engineer may not (reassign: context_manager)";
    coordination.createTask.mockRejectedValueOnce(await apiRefusal(403, message, 'actor_not_permitted'));
    const { ctx } = contextFor({ title: 'Add the staging VPC', assignee: 'api_developer' });
    const failure = action.handler(ctx);
    await expect(failure).rejects.toMatchObject({ name: 'NotAllowedError', message });

    coordination.createTask.mockRejectedValueOnce(await apiRefusal(400, "Unknown work kind 'netwrk_setup'"));
    await expect(action.handler(contextFor({ title: 'X', kind: 'netwrk_setup' }).ctx)).rejects.toMatchObject({
      name: 'InputError',
      message: "Unknown work kind 'netwrk_setup'",
    });
  });

  it('refuses a blank title before calling the backend', async () => {
    await expect(action.handler(contextFor({ title: '   ' }).ctx)).rejects.toThrow('The task needs a title');
    expect(coordination.createTask).not.toHaveBeenCalled();
  });
});
