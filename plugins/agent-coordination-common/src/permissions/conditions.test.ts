import { agentCoordinationTaskConditions } from './conditions';
import { agentCoordinationPermissions, TASK_RESOURCE_TYPE } from './permissions';

describe('task permissions', () => {
  it('are resource permissions on tasks, except create (there is no task yet)', () => {
    expect(agentCoordinationPermissions.map(p => [p.name, p.type])).toEqual([
      ['agent-coordination.task.read', 'resource'],
      ['agent-coordination.task.create', 'basic'],
      ['agent-coordination.task.update', 'resource'],
      ['agent-coordination.task.transition', 'resource'],
    ]);
  });

  it('builds conditions naming the rules the backend registers', () => {
    expect(agentCoordinationTaskConditions.isAssignee({ agents: ['network_engineer'] })).toEqual({
      rule: 'IS_ASSIGNEE',
      resourceType: TASK_RESOURCE_TYPE,
      params: { agents: ['network_engineer'] },
    });
    expect(agentCoordinationTaskConditions.agentHasAuthority({ levels: ['LIMITED'] }).rule).toBe('AGENT_HAS_AUTHORITY');
    expect(agentCoordinationTaskConditions.ownsComponent({ components: [] }).rule).toBe('OWNS_COMPONENT');
    expect(agentCoordinationTaskConditions.isInState({ states: ['REVIEW'] }).rule).toBe('IS_IN_STATE');
  });
});
