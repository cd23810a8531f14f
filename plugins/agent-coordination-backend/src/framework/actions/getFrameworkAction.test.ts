import { actionsContext } from '../../__testUtils__/actionsContext';
import { registerGetFrameworkAction } from './getFrameworkAction';

describe('the get-framework action', () => {
  it('gives an AI agent the framework it acts by, in brief', async () => {
    const ctx = actionsContext();
    registerGetFrameworkAction(ctx.registry, ctx.framework, ctx.analysis);
    const { output } = (await ctx.registry.invoke({ id: 'test:get-framework', input: {} })) as { output: any };
    expect(output).toMatchObject({ name: 'terraform-atmos-platform', version: '1.0' });
    expect(output.agents).toHaveLength(14);
    expect(output.agents.find((a: any) => a.key === 'network_engineer')).toEqual({
      key: 'network_engineer',
      id: 'agent-004',
      tier: 2,
      role: 'Network Architecture',
      authority: 'SENIOR',
      ownedPaths: ['components/terraform/vpc/*', 'components/terraform/dns/*'],
      dependsOn: [{ agent: 'infrastructure_architect', blocking: true }],
    });
    expect(output.lifecycle.states.find((s: any) => s.role === 'running').name).toBe('IN_PROGRESS');
    expect(output.taskActions.reassign).toEqual(['context_manager']);
    expect(output.escalationMatrix.map((r: any) => r.name)).toEqual([
      'Code Merge',
      'Architecture',
      'Security',
      'Priority',
      'Resource',
    ]);
    expect(output.registryOrder[0]).toBe('context_manager');
  });

  it('is registered as read-only', () => {
    const ctx = actionsContext();
    registerGetFrameworkAction(ctx.registry, ctx.framework, ctx.analysis);
    expect(ctx.registry.actions.get('test:get-framework')?.attributes).toMatchObject({ readOnly: true, destructive: false });
  });
});
