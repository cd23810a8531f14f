import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { lookupOwnership, parseFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { readFileSync } from 'fs';
import { join } from 'path';
import { PassThrough } from 'stream';
import { createLookupOwnersAction } from './lookupOwners';

const framework = parseFramework(
  readFileSync(join(__dirname, '../../../agent-coordination-common/examples/framework.yaml'), 'utf8'),
  'framework.yaml',
);

function contextFor(input: { path: string; required?: boolean }, isDryRun = false) {
  const outputs: Record<string, unknown> = {};
  const ctx = {
    input: { required: false, ...input },
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
    logger: mockServices.logger.mock(),
    logStream: new PassThrough(),
    workspacePath: '/tmp',
    isDryRun,
    checkpoint: jest.fn(),
    createTemporaryDirectory: jest.fn(),
    getInitiatorCredentials: async () => mockCredentials.user('user:default/alice'),
    task: { id: 'task-1' },
  } as any;
  return { ctx, outputs };
}

describe('agent-coordination:owners:lookup', () => {
  // The backend's answer (GET /ownership) as the node client returns it, computed by the same rule.
  const coordination = {
    getHealth: jest.fn(),
    getFramework: jest.fn(),
    lookupOwnership: jest.fn(async (path: string) => lookupOwnership(framework.agents, path.replace(/^\.\//, ''))),
  };
  const action = createLookupOwnersAction({ coordination });

  it('asks the backend on behalf of the template’s initiator and names the primary owner', async () => {
    const { ctx, outputs } = contextFor({ path: 'components/terraform/vpc/main.tf' });
    await action.handler(ctx);
    expect(coordination.lookupOwnership).toHaveBeenCalledWith('components/terraform/vpc/main.tf', {
      credentials: mockCredentials.user('user:default/alice'),
    });
    expect(outputs.primary).toBe('network_engineer');
    expect(outputs.primaryId).toBe('agent-004');
    expect(outputs.conflict).toBe(false);
    expect(outputs.owners).toEqual([
      { agent: 'network_engineer', agentId: 'agent-004', glob: 'components/terraform/vpc/*', primary: true },
      { agent: 'infrastructure_architect', agentId: 'agent-002', glob: 'components/terraform/*', primary: false },
    ]);
  });

  it('picks no primary owner when two agents own a path equally, and fails a required step saying why', async () => {
    const { ctx, outputs } = contextFor({ path: 'workflows/deploy.yaml' });
    await action.handler(ctx);
    expect(outputs.primary).toBeUndefined();
    expect(outputs.conflict).toBe(true);
    expect(outputs.primaryOwners).toEqual(['infrastructure_architect', 'cicd_engineer']);

    const required = contextFor({ path: 'workflows/deploy.yaml', required: true });
    await expect(action.handler(required.ctx)).rejects.toThrow(
      "'workflows/deploy.yaml' is owned equally by infrastructure_architect and cicd_engineer: an ownership conflict",
    );
  });

  it('returns no owners for an unowned path, and fails when an owner is required', async () => {
    const free = contextFor({ path: 'scratch/notes.txt' });
    await action.handler(free.ctx);
    expect(free.outputs.owners).toEqual([]);
    expect(free.outputs.primary).toBeUndefined();

    const required = contextFor({ path: 'scratch/notes.txt', required: true });
    await expect(action.handler(required.ctx)).rejects.toThrow("No agent owns 'scratch/notes.txt'");
  });

  it('looks the owner up in a dry run too: it only reads', async () => {
    expect(action.supportsDryRun).toBe(true);
    const { ctx, outputs } = contextFor({ path: 'components/terraform/dns/zone.tf' }, true);
    await action.handler(ctx);
    expect(coordination.lookupOwnership).toHaveBeenCalledWith('components/terraform/dns/zone.tf', expect.anything());
    expect(outputs.primary).toBe('network_engineer');
  });
});
