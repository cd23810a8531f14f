import { actionsContext } from '../../__testUtils__/actionsContext';
import { registerListAgentsAction } from './listAgentsAction';

describe('the list-agents action', () => {
  it('lists the catalog agents with their role, paths, dependencies and open tasks', async () => {
    const ctx = actionsContext();
    registerListAgentsAction(ctx.registry, ctx.agents, ctx.actors);
    const { output } = (await ctx.registry.invoke({
      id: 'test:list-agents',
      input: {},
      credentials: ctx.credentials,
    })) as { output: any };
    expect(output.agents).toHaveLength(14);
    expect(output.agents.find((a: any) => a.agentId === 'agent-004')).toMatchObject({
      entityRef: 'agent:default/network-engineer',
      tier: 2,
      tierName: 'Infrastructure Layer',
      role: 'Network Architecture',
      ownedPaths: ['components/terraform/vpc/*', 'components/terraform/dns/*'],
      dependsOn: [{ agent: 'agent:default/infrastructure-architect', blocking: true }],
      openTasks: 2,
    });
  });
});
