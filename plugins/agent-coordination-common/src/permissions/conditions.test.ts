import {
  agentCoordinationConflictConditions,
  agentCoordinationHandoffConditions,
  agentCoordinationMessageConditions,
  agentCoordinationTaskConditions,
} from './conditions';
import {
  agentCoordinationPermissions,
  CONFLICT_RESOURCE_TYPE,
  HANDOFF_RESOURCE_TYPE,
  MESSAGE_RESOURCE_TYPE,
  TASK_RESOURCE_TYPE,
} from './permissions';

describe('permissions', () => {
  it('are resource permissions on tasks, conflicts, messages and handoffs, except creating, opening or sending one (there is none yet)', () => {
    expect(
      agentCoordinationPermissions.map(p => [
        p.name,
        p.type,
        'resourceType' in p ? p.resourceType : null,
      ]),
    ).toEqual([
      ['agent-coordination.task.read', 'resource', TASK_RESOURCE_TYPE],
      ['agent-coordination.task.create', 'basic', null],
      ['agent-coordination.task.update', 'resource', TASK_RESOURCE_TYPE],
      ['agent-coordination.task.transition', 'resource', TASK_RESOURCE_TYPE],
      ['agent-coordination.conflict.read', 'resource', CONFLICT_RESOURCE_TYPE],
      ['agent-coordination.conflict.open', 'basic', null],
      [
        'agent-coordination.conflict.decide',
        'resource',
        CONFLICT_RESOURCE_TYPE,
      ],
      [
        'agent-coordination.conflict.escalate',
        'resource',
        CONFLICT_RESOURCE_TYPE,
      ],
      ['agent-coordination.message.read', 'resource', MESSAGE_RESOURCE_TYPE],
      ['agent-coordination.message.send', 'basic', null],
      ['agent-coordination.handoff.read', 'resource', HANDOFF_RESOURCE_TYPE],
      ['agent-coordination.handoff.create', 'basic', null],
      ['agent-coordination.handoff.act', 'resource', HANDOFF_RESOURCE_TYPE],
    ]);
  });

  it('builds conflict conditions naming the rules the backend registers', () => {
    expect(
      agentCoordinationConflictConditions.isParty({
        agents: ['network_engineer'],
      }),
    ).toEqual({
      rule: 'IS_PARTY',
      resourceType: CONFLICT_RESOURCE_TYPE,
      params: { agents: ['network_engineer'] },
    });
    expect(
      agentCoordinationConflictConditions.holdsAuthority({
        authorities: ['tech_lead'],
      }).rule,
    ).toBe('HOLDS_AUTHORITY');
  });

  it('builds handoff conditions naming the rules the backend registers', () => {
    expect(
      agentCoordinationHandoffConditions.isParty({ agents: ['api_developer'] }),
    ).toEqual({
      rule: 'IS_PARTY',
      resourceType: HANDOFF_RESOURCE_TYPE,
      params: { agents: ['api_developer'] },
    });
  });

  it('builds message conditions naming the rules the backend registers', () => {
    expect(
      agentCoordinationMessageConditions.isRecipient({
        agents: ['network_engineer'],
      }),
    ).toEqual({
      rule: 'IS_RECIPIENT',
      resourceType: MESSAGE_RESOURCE_TYPE,
      params: { agents: ['network_engineer'] },
    });
    expect(
      agentCoordinationMessageConditions.isSender({ agents: ['api_developer'] })
        .rule,
    ).toBe('IS_SENDER');
  });

  it('builds conditions naming the rules the backend registers', () => {
    expect(
      agentCoordinationTaskConditions.isAssignee({
        agents: ['network_engineer'],
      }),
    ).toEqual({
      rule: 'IS_ASSIGNEE',
      resourceType: TASK_RESOURCE_TYPE,
      params: { agents: ['network_engineer'] },
    });
    expect(
      agentCoordinationTaskConditions.agentHasAuthority({ levels: ['LIMITED'] })
        .rule,
    ).toBe('AGENT_HAS_AUTHORITY');
    expect(
      agentCoordinationTaskConditions.ownsComponent({ components: [] }).rule,
    ).toBe('OWNS_COMPONENT');
    expect(
      agentCoordinationTaskConditions.isInState({ states: ['REVIEW'] }).rule,
    ).toBe('IS_IN_STATE');
  });
});
