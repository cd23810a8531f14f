import { loadFramework } from '@agent-coordination/plugin-agent-coordination-backend';
import {
  agentCoordinationTaskCreatePermission,
  agentCoordinationTaskReadPermission,
  agentCoordinationTaskTransitionPermission,
  agentCoordinationTaskUpdatePermission,
} from '@agent-coordination/plugin-agent-coordination-common';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult, createPermission, type Permission } from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { AgentCoordinationPermissionPolicy } from './AgentCoordinationPermissionPolicy';

const config = new ConfigReader({
  agentCoordination: {
    actors: [
      { principal: 'user:development/guest', agent: 'context_manager' },
      { principal: 'user:default/net', agent: 'network_engineer' },
    ],
  },
});
const policy = AgentCoordinationPermissionPolicy.fromConfig(config, loadFramework(config).framework);

function userCalled(userEntityRef: string): PolicyQueryUser {
  return {
    credentials: {
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'user', userEntityRef },
    },
    info: { userEntityRef, ownershipEntityRefs: [userEntityRef] },
  } as PolicyQueryUser;
}
const decide = (permission: Permission, who: string) => policy.handle({ permission }, userCalled(who));

describe('AgentCoordinationPermissionPolicy', () => {
  it('allows everything to the agent with full authority (the guest, as the portal maps it)', async () => {
    for (const p of [
      agentCoordinationTaskReadPermission,
      agentCoordinationTaskCreatePermission,
      agentCoordinationTaskUpdatePermission,
      agentCoordinationTaskTransitionPermission,
    ]) {
      expect(await decide(p, 'user:development/guest')).toEqual({ result: AuthorizeResult.ALLOW });
    }
  });

  it('lets another agent read and create, and update only its own tasks', async () => {
    expect((await decide(agentCoordinationTaskReadPermission, 'user:default/net')).result).toBe(AuthorizeResult.ALLOW);
    expect((await decide(agentCoordinationTaskCreatePermission, 'user:default/net')).result).toBe(AuthorizeResult.ALLOW);
    expect(await decide(agentCoordinationTaskUpdatePermission, 'user:default/net')).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'agent-coordination',
      resourceType: 'agent-coordination-task',
      conditions: { rule: 'IS_ASSIGNEE', resourceType: 'agent-coordination-task', params: { agents: ['network_engineer'] } },
    });
  });

  it('lets another agent transition its own tasks, or tasks in review as a reviewer', async () => {
    const decision = await decide(agentCoordinationTaskTransitionPermission, 'user:default/net');
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        anyOf: [
          { rule: 'IS_ASSIGNEE', params: { agents: ['network_engineer'] } },
          { rule: 'IS_IN_STATE', params: { states: ['REVIEW'] } },
        ],
      },
    });
  });

  it('lets a user mapped to no agent read only', async () => {
    expect((await decide(agentCoordinationTaskReadPermission, 'user:default/someone')).result).toBe(AuthorizeResult.ALLOW);
    for (const p of [agentCoordinationTaskCreatePermission, agentCoordinationTaskUpdatePermission, agentCoordinationTaskTransitionPermission]) {
      expect((await decide(p, 'user:default/someone')).result).toBe(AuthorizeResult.DENY);
    }
  });

  it('keeps the rest of the portal open', async () => {
    const other = createPermission({ name: 'catalog.entity.delete', attributes: { action: 'delete' } });
    expect((await decide(other, 'user:default/someone')).result).toBe(AuthorizeResult.ALLOW);
  });
});
