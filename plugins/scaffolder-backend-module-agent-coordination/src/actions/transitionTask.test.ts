import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aTask } from '../__testUtils__/fixtures';
import { createTransitionTaskAction } from './transitionTask';

describe('agent-coordination:task:transition', () => {
  const current = aTask({ state: 'ASSIGNED', version: 4 });
  const coordination = {
    getTask: jest.fn(async () => current),
    transitionTask: jest.fn(async (_id: string, request: { to: string; version: number }) => ({
      task: aTask({ state: request.to, version: request.version + 1 }),
      warnings: [],
    })),
  };
  const action = createTransitionTaskAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  it('sends the version it read, as the template’s user with a key for the step, and outputs the new state', async () => {
    const { ctx, outputs } = contextFor(
      { taskId: current.id, to: 'IN_PROGRESS', reason: 'Starting now' },
      { taskId: 'sc-1', stepId: 'start' },
    );
    await action.handler(ctx);

    expect(coordination.getTask).toHaveBeenCalledWith(current.id, onBehalfOfInitiator);
    expect(coordination.transitionTask).toHaveBeenCalledWith(
      current.id,
      { to: 'IN_PROGRESS', version: 4, reason: 'Starting now' },
      { ...onBehalfOfInitiator, idempotencyKey: expect.stringMatching(/^scaffolder:sc-1:start:task\.transition:/) },
    );
    expect(outputs).toEqual({
      taskId: current.id,
      state: 'IN_PROGRESS',
      previousState: 'ASSIGNED',
      version: 5,
      blockedBy: [],
      url: `/agent-coordination/tasks/${current.id}`,
      warnings: [],
    });
  });

  it('uses the version the template gives without reading the task', async () => {
    const { ctx, outputs } = contextFor({ taskId: current.id, to: 'ASSIGNED', version: 1 });
    await action.handler(ctx);
    expect(coordination.getTask).not.toHaveBeenCalled();
    expect(coordination.transitionTask.mock.calls[0][1]).toEqual({ to: 'ASSIGNED', version: 1 });
    expect(outputs.previousState).toBeUndefined();
  });

  it('says so when the task ends in another state than asked (blocked by its dependencies)', async () => {
    coordination.transitionTask.mockResolvedValueOnce({
      task: aTask({ state: 'BLOCKED', version: 5, blockedBy: ['d1'] }),
      warnings: [],
    });
    const { ctx, outputs } = contextFor({ taskId: current.id, to: 'IN_PROGRESS' });
    await action.handler(ctx);
    expect(outputs.state).toBe('BLOCKED');
    expect(outputs.blockedBy).toEqual(['d1']);
    expect(ctx.logger.warn).toHaveBeenCalledWith(`Task ${current.id} asked to enter IN_PROGRESS is BLOCKED: blocked by d1`);
  });

  it('repeats the very same request when the step runs again, so the backend can replay it', async () => {
    const first = contextFor({ taskId: current.id, to: 'IN_PROGRESS' });
    await action.handler(first.ctx);
    // The write went through but its checkpoint was lost; the task is at version 5 now.
    first.checkpoints.delete([...first.checkpoints.keys()].find(k => k.startsWith('task.transition'))!);
    coordination.getTask.mockResolvedValue(aTask({ state: 'IN_PROGRESS', version: 5 }));
    const again = contextFor({ taskId: current.id, to: 'IN_PROGRESS' }, { checkpoints: first.checkpoints });
    await action.handler(again.ctx);

    expect(coordination.getTask).toHaveBeenCalledTimes(1);
    expect(coordination.transitionTask).toHaveBeenCalledTimes(2);
    expect(coordination.transitionTask.mock.calls[1]).toEqual(coordination.transitionTask.mock.calls[0]);
    coordination.getTask.mockResolvedValue(current);
  });

  it('moves the task once when the step runs again after it finished', async () => {
    const first = contextFor({ taskId: current.id, to: 'IN_PROGRESS' });
    await action.handler(first.ctx);
    const again = contextFor({ taskId: current.id, to: 'IN_PROGRESS' }, { checkpoints: first.checkpoints });
    await action.handler(again.ctx);
    expect(coordination.transitionTask).toHaveBeenCalledTimes(1);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('only reads in a dry run', async () => {
    const { ctx, outputs } = contextFor({ taskId: current.id, to: 'IN_PROGRESS' }, { dryRun: true });
    await action.handler(ctx);
    expect(coordination.transitionTask).not.toHaveBeenCalled();
    expect(ctx.checkpoint).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({ taskId: current.id, state: 'IN_PROGRESS', previousState: 'ASSIGNED', version: 5 });
    expect(ctx.logger.info).toHaveBeenCalledWith(
      `Dry run: would move task ${current.id} from ASSIGNED to IN_PROGRESS (version 4)`,
    );
  });

  it('fails with the backend’s message for a refused move or a stale version', async () => {
    const refused = 'No transition from ASSIGNED to COMPLETED; from ASSIGNED the task may go to IN_PROGRESS or FAILED';
    coordination.transitionTask.mockRejectedValueOnce(await apiRefusal(409, refused, 'no_such_transition'));
    await expect(action.handler(contextFor({ taskId: current.id, to: 'COMPLETED' }).ctx)).rejects.toMatchObject({
      name: 'ConflictError',
      message: refused,
    });

    coordination.getTask.mockRejectedValueOnce(await apiRefusal(404, 'No task nope'));
    await expect(action.handler(contextFor({ taskId: 'nope', to: 'ASSIGNED' }).ctx)).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'No task nope',
    });
  });

  it('refuses an empty task id or state before calling the backend', async () => {
    await expect(action.handler(contextFor({ taskId: ' ', to: 'ASSIGNED' }).ctx)).rejects.toThrow('taskId is empty');
    await expect(action.handler(contextFor({ taskId: current.id, to: '' }).ctx)).rejects.toThrow('to is empty');
    expect(coordination.getTask).not.toHaveBeenCalled();
  });
});
