import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aTask } from '../__testUtils__/fixtures';
import { createAddTaskDependencyAction } from './addTaskDependency';

describe('agent-coordination:task:add-dependency', () => {
  const waiting = aTask({ id: 'deploy-1', kind: 'production_deployment', state: 'ASSIGNED', version: 2 });
  const coordination = {
    getTask: jest.fn(async () => waiting),
    addTaskDependency: jest.fn(async (_id: string, request: { taskId: string; version: number; blocking?: boolean }) => ({
      task: aTask({
        ...waiting,
        version: request.version + 1,
        dependencies: [
          {
            taskId: request.taskId,
            blocking: request.blocking ?? true,
            source: request.blocking === undefined ? ('rule' as const) : ('explicit' as const),
            timeout: '4h',
            deadlineAt: '2026-03-02T13:00:00.000Z',
            createdAt: '2026-03-02T09:00:00.000Z',
          },
        ],
        blockedBy: request.blocking === false ? [] : [request.taskId],
      }),
      warnings: [],
    })),
  };
  const action = createAddTaskDependencyAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  it('adds the dependency with the version it read, leaving `blocking` to the framework’s rule', async () => {
    const { ctx, outputs } = contextFor({ taskId: 'deploy-1', dependsOn: 'security-1' }, { stepId: 'wait' });
    await action.handler(ctx);
    expect(coordination.getTask).toHaveBeenCalledWith('deploy-1', onBehalfOfInitiator);
    expect(coordination.addTaskDependency).toHaveBeenCalledWith(
      'deploy-1',
      { taskId: 'security-1', version: 2 },
      { ...onBehalfOfInitiator, idempotencyKey: expect.stringMatching(/:wait:task\.add-dependency:/) },
    );
    expect(outputs).toEqual({
      taskId: 'deploy-1',
      dependsOn: 'security-1',
      blocking: true,
      source: 'rule',
      deadlineAt: '2026-03-02T13:00:00.000Z',
      state: 'ASSIGNED',
      version: 3,
      blockedBy: ['security-1'],
      url: '/agent-coordination/tasks/deploy-1',
      warnings: [],
    });
  });

  it('passes an explicit `blocking` and a given version on', async () => {
    const { ctx, outputs } = contextFor({ taskId: 'deploy-1', dependsOn: 'docs-1', blocking: false, version: 7 });
    await action.handler(ctx);
    expect(coordination.getTask).not.toHaveBeenCalled();
    expect(coordination.addTaskDependency.mock.calls[0][1]).toEqual({ taskId: 'docs-1', version: 7, blocking: false });
    expect(outputs).toMatchObject({ blocking: false, source: 'explicit', blockedBy: [] });
  });

  it('adds it once when the step runs again', async () => {
    const first = contextFor({ taskId: 'deploy-1', dependsOn: 'security-1' });
    await action.handler(first.ctx);
    const again = contextFor({ taskId: 'deploy-1', dependsOn: 'security-1' }, { checkpoints: first.checkpoints });
    await action.handler(again.ctx);
    expect(coordination.addTaskDependency).toHaveBeenCalledTimes(1);
    expect(coordination.getTask).toHaveBeenCalledTimes(1);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('only reads in a dry run', async () => {
    const { ctx, outputs } = contextFor({ taskId: 'deploy-1', dependsOn: 'security-1' }, { dryRun: true });
    await action.handler(ctx);
    expect(coordination.addTaskDependency).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({ taskId: 'deploy-1', dependsOn: 'security-1', state: 'ASSIGNED', version: 3 });
  });

  it('fails with the backend’s words for a cycle, and refuses a task depending on itself', async () => {
    const cycle = 'Adding security-1 to deploy-1 would close the cycle deploy-1 -> security-1 -> deploy-1';
    coordination.addTaskDependency.mockRejectedValueOnce(await apiRefusal(409, cycle, 'dependency_cycle'));
    await expect(
      action.handler(contextFor({ taskId: 'deploy-1', dependsOn: 'security-1' }).ctx),
    ).rejects.toMatchObject({ name: 'ConflictError', message: cycle });

    await expect(action.handler(contextFor({ taskId: 'deploy-1', dependsOn: 'deploy-1' }).ctx)).rejects.toThrow(
      'Task deploy-1 cannot depend on itself',
    );
  });
});
