import { actionsContext } from '../../__testUtils__/actionsContext';
import { registerGetAgentGraphAction } from './getAgentGraphAction';

describe('the get-agent-graph action', () => {
  it('answers who depends on whom, with the order and the critical path', async () => {
    const ctx = actionsContext();
    registerGetAgentGraphAction(ctx.registry, ctx.agents);
    const { output } = (await ctx.registry.invoke({
      id: 'test:get-agent-graph',
      input: {},
      credentials: ctx.credentials,
    })) as { output: any };
    expect(output.edges).toContainEqual({
      from: 'agent:default/network-engineer',
      to: 'agent:default/infrastructure-architect',
      blocking: true,
    });
    expect(output.cycles).toEqual([]);
    expect(output.order[0]).toBe('agent:default/context-manager');
    expect(output.criticalPath.length).toBeGreaterThan(2);
  });
});
