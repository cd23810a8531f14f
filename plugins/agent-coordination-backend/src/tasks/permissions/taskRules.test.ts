import { mockServices } from '@backstage/backend-test-utils';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { createTaskPermissionRules } from './taskRules';

const { framework } = loadFramework(mockServices.rootConfig());
// Each rule takes its own params; the tests call them by name with the right ones.
const rules: Record<string, { apply(t: unknown, p: unknown): boolean; toQuery(p: unknown): unknown }> =
  Object.fromEntries(createTaskPermissionRules(framework).map(r => [r.name, r as any]));
const task = { id: 't1', assignee: 'network_engineer', component: 'component:default/vpc', state: 'REVIEW' };

describe('task permission rules', () => {
  it('agentHasAuthority resolves levels to the agents holding them, in apply and in SQL alike', () => {
    const full = framework.authorityLevels[0].id;
    const holders = framework.agents.filter(a => a.authority === full).map(a => a.key);
    expect(holders).toEqual(['context_manager']);
    expect(rules.AGENT_HAS_AUTHORITY.toQuery({ levels: [full] })).toEqual({ column: 'assignee', values: holders });
    expect(rules.AGENT_HAS_AUTHORITY.apply(task, { levels: [full] })).toBe(false);
    const netLevel = framework.agents.find(a => a.key === 'network_engineer')!.authority;
    expect(rules.AGENT_HAS_AUTHORITY.apply(task, { levels: [netLevel] })).toBe(true);
  });

  it('match an unassigned or component-less task on nothing', () => {
    const bare = { ...task, assignee: null, component: null };
    expect(rules.IS_ASSIGNEE.apply(bare, { agents: ['network_engineer'] })).toBe(false);
    expect(rules.OWNS_COMPONENT.apply(bare, { components: ['component:default/vpc'] })).toBe(false);
    expect(rules.OWNS_COMPONENT.apply(task, { components: ['component:default/vpc'] })).toBe(true);
    expect(rules.IS_IN_STATE.toQuery({ states: ['REVIEW'] })).toEqual({ column: 'state', values: ['REVIEW'] });
  });
});
