import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { parseFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { readFileSync } from 'fs';
import { join } from 'path';
import { PassThrough } from 'stream';
import { createLookupOwnersAction } from './lookupOwners';

const framework = parseFramework(
  readFileSync(
    join(__dirname, '../../../agent-coordination-common/examples/framework.yaml'),
    'utf8',
  ),
  'framework.yaml',
);

function contextFor(input: { path: string; required?: boolean }) {
  const outputs: Record<string, unknown> = {};
  const ctx = {
    input: { required: false, ...input },
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
    logger: mockServices.logger.mock(),
    logStream: new PassThrough(),
    workspacePath: '/tmp',
    checkpoint: jest.fn(),
    createTemporaryDirectory: jest.fn(),
    getInitiatorCredentials: async () => mockCredentials.user('user:default/alice'),
    task: { id: 'task-1' },
  } as any;
  return { ctx, outputs };
}

describe('agent-coordination:owners:lookup', () => {
  const coordination = {
    getHealth: jest.fn(),
    getFramework: jest.fn(async () => framework),
  };
  const action = createLookupOwnersAction({ coordination });

  it('names the most specific owner first, on behalf of the template’s initiator', async () => {
    const { ctx, outputs } = contextFor({ path: 'components/terraform/vpc/main.tf' });
    await action.handler(ctx);
    expect(coordination.getFramework).toHaveBeenCalledWith({
      credentials: mockCredentials.user('user:default/alice'),
    });
    expect(outputs.primary).toBe('network_engineer');
    expect(outputs.primaryId).toBe('agent-004');
    expect(outputs.owners).toEqual([
      { agent: 'network_engineer', agentId: 'agent-004', glob: 'components/terraform/vpc/*' },
      { agent: 'infrastructure_architect', agentId: 'agent-002', glob: 'components/terraform/*' },
    ]);
  });

  it('returns no owners for an unowned path, and fails when an owner is required', async () => {
    const free = contextFor({ path: 'scratch/notes.txt' });
    await action.handler(free.ctx);
    expect(free.outputs.owners).toEqual([]);
    expect(free.outputs.primary).toBeUndefined();

    const required = contextFor({ path: 'scratch/notes.txt', required: true });
    await expect(action.handler(required.ctx)).rejects.toThrow("No agent owns 'scratch/notes.txt'");
  });

  it('ignores a leading ./ in the path', async () => {
    const { ctx, outputs } = contextFor({ path: './.github/workflows/ci.yaml' });
    await action.handler(ctx);
    expect(outputs.primary).toBe('cicd_engineer');
  });
});
