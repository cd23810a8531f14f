import { apiRefusal, contextFor, onBehalfOfInitiator } from '../__testUtils__/actionContext';
import { aConflict } from '../__testUtils__/fixtures';
import { createSubmitChangeSetAction } from './submitChangeSet';

describe('agent-coordination:change-set:submit', () => {
  const ownership = aConflict({
    id: 'c-own',
    type: 'ownership',
    category: null,
    authority: { id: 'primary_owner', name: 'Primary owner decision', kind: 'primary_owner', agents: ['network_engineer'], groups: [] },
    changeSet: 'cs-1',
  });
  const coordination = {
    submitChangeSet: jest.fn(async () => ({
      id: 'cs-1',
      agent: 'cicd_engineer',
      paths: [
        { path: 'components/terraform/vpc/main.tf', owners: [], primary: ['network_engineer'], conflict: false, foreign: true },
        { path: 'workflows/deploy.yaml', owners: [], primary: ['infrastructure_architect', 'cicd_engineer'], conflict: true, foreign: false },
      ],
      conflicts: [ownership],
      opened: 1,
    })),
    lookupOwnership: jest.fn(async (path: string) => ({
      path,
      owners: [],
      primary: path.startsWith('workflows/') ? ['infrastructure_architect', 'cicd_engineer'] : ['network_engineer'],
      overlaps: [],
      conflict: path.startsWith('workflows/'),
    })),
  };
  const action = createSubmitChangeSetAction({ coordination });
  beforeEach(() => jest.clearAllMocks());
  const input = {
    agent: 'cicd_engineer',
    paths: ['components/terraform/vpc/main.tf', 'workflows/deploy.yaml', ''],
    ref: 'https://github.com/acme/infra/pull/7',
  };

  it('submits the change set as the template’s user and outputs the conflicts it is in', async () => {
    const { ctx, outputs } = contextFor(input);
    await action.handler(ctx);
    expect(coordination.submitChangeSet).toHaveBeenCalledWith(
      {
        agent: 'cicd_engineer',
        paths: ['components/terraform/vpc/main.tf', 'workflows/deploy.yaml'],
        ref: 'https://github.com/acme/infra/pull/7',
      },
      { ...onBehalfOfInitiator, idempotencyKey: expect.stringMatching(/:change-set\.submit:/) },
    );
    expect(outputs).toEqual({
      changeSetId: 'cs-1',
      opened: 1,
      conflictIds: ['c-own'],
      conflicts: [
        {
          id: 'c-own',
          level: 'L1',
          authority: 'Primary owner decision',
          deadlineAt: ownership.deadlineAt,
          url: '/agent-coordination/conflicts/c-own',
        },
      ],
      foreignPaths: ['components/terraform/vpc/main.tf'],
      contestedPaths: ['workflows/deploy.yaml'],
    });
  });

  it('submits once when the step runs again', async () => {
    const first = contextFor(input);
    await action.handler(first.ctx);
    await action.handler(contextFor(input, { checkpoints: first.checkpoints }).ctx);
    expect(coordination.submitChangeSet).toHaveBeenCalledTimes(1);
  });

  it('in a dry run, submits nothing but looks the paths’ owners up', async () => {
    const { ctx, outputs } = contextFor(input, { dryRun: true });
    await action.handler(ctx);
    expect(coordination.submitChangeSet).not.toHaveBeenCalled();
    expect(coordination.lookupOwnership).toHaveBeenCalledTimes(2);
    expect(outputs).toEqual({
      changeSetId: 'dry-run',
      opened: 0,
      conflictIds: [],
      conflicts: [],
      foreignPaths: ['components/terraform/vpc/main.tf'],
      contestedPaths: ['workflows/deploy.yaml'],
    });
  });

  it('fails with the backend’s message when it refuses', async () => {
    const message = "Path '../etc/passwd' leaves the repository";
    coordination.submitChangeSet.mockRejectedValueOnce(await apiRefusal(400, message));
    await expect(action.handler(contextFor({ ...input, paths: ['../etc/passwd'] }).ctx)).rejects.toMatchObject({
      name: 'InputError',
      message,
    });
    await expect(action.handler(contextFor({ ...input, paths: [' '] }).ctx)).rejects.toThrow('paths is empty');
  });
});
