import { loadFrameworkService } from '@agent-coordination/plugin-agent-coordination-node';
import {
  agentCoordinationConflictDecidePermission,
  agentCoordinationConflictEscalatePermission,
  agentCoordinationConflictOpenPermission,
  agentCoordinationMessageReadPermission,
  agentCoordinationMessageSendPermission,
  agentCoordinationTaskCreatePermission,
  CONFLICT_RESOURCE_TYPE,
  agentCoordinationTaskReadPermission,
  agentCoordinationTaskTransitionPermission,
  agentCoordinationTaskUpdatePermission,
} from '@agent-coordination/plugin-agent-coordination-common';
import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  createPermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { AgentCoordinationPermissionPolicy } from './AgentCoordinationPermissionPolicy';

const config = new ConfigReader({
  agentCoordination: {
    actors: [
      { principal: 'user:default/guest', agent: 'context_manager' },
      { principal: 'user:default/net', agent: 'network_engineer' },
    ],
  },
});
const service = loadFrameworkService(config);
const policy = new AgentCoordinationPermissionPolicy(
  service.actors,
  service.framework,
);

function userCalled(
  userEntityRef: string,
  groups: string[] = [],
): PolicyQueryUser {
  return {
    credentials: {
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'user', userEntityRef },
    },
    info: { userEntityRef, ownershipEntityRefs: [userEntityRef, ...groups] },
  } as PolicyQueryUser;
}
const decide = (permission: Permission, who: string, groups: string[] = []) =>
  policy.handle({ permission }, userCalled(who, groups));
const writes = [
  agentCoordinationTaskCreatePermission,
  agentCoordinationTaskUpdatePermission,
  agentCoordinationTaskTransitionPermission,
];

describe('AgentCoordinationPermissionPolicy', () => {
  it('lets every user mapped to an agent write: the framework decides the rest', async () => {
    for (const who of ['user:default/guest', 'user:default/net']) {
      for (const p of [agentCoordinationTaskReadPermission, ...writes]) {
        expect(await decide(p, who)).toEqual({ result: AuthorizeResult.ALLOW });
      }
    }
  });

  it('lets a user mapped to no agent read only', async () => {
    expect(
      (
        await decide(
          agentCoordinationTaskReadPermission,
          'user:default/someone',
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
    for (const p of writes) {
      expect((await decide(p, 'user:default/someone')).result).toBe(
        AuthorizeResult.DENY,
      );
    }
  });

  it('lets a person without an agent decide and escalate only the conflicts an authority of their groups decides', async () => {
    for (const p of [
      agentCoordinationConflictDecidePermission,
      agentCoordinationConflictEscalatePermission,
    ]) {
      expect(
        await decide(p, 'user:default/lead', [
          'group:default/tech-leads',
          'group:default/platform-team',
        ]),
      ).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'agent-coordination',
        resourceType: CONFLICT_RESOURCE_TYPE,
        conditions: {
          rule: 'HOLDS_AUTHORITY',
          resourceType: CONFLICT_RESOURCE_TYPE,
          params: { authorities: ['tech_lead'] },
        },
      });
      expect(
        (
          await decide(p, 'user:default/someone', [
            'group:default/platform-team',
          ])
        ).result,
      ).toBe(AuthorizeResult.DENY);
    }
    // Holding an authority is about conflicts: it does not open tasks or conflicts.
    expect(
      (
        await decide(
          agentCoordinationConflictOpenPermission,
          'user:default/lead',
          ['group:default/tech-leads'],
        )
      ).result,
    ).toBe(AuthorizeResult.DENY);
    expect(
      (
        await decide(
          agentCoordinationTaskCreatePermission,
          'user:default/lead',
          ['group:default/tech-leads'],
        )
      ).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('lets every user read messages (the framework narrows to inboxes) and only users mapped to an agent send', async () => {
    expect(
      (
        await decide(
          agentCoordinationMessageReadPermission,
          'user:default/someone',
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (await decide(agentCoordinationMessageSendPermission, 'user:default/net'))
        .result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (
        await decide(
          agentCoordinationMessageSendPermission,
          'user:default/someone',
        )
      ).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('keeps the rest of the portal open', async () => {
    const other = createPermission({
      name: 'catalog.entity.delete',
      attributes: { action: 'delete' },
    });
    expect((await decide(other, 'user:default/someone')).result).toBe(
      AuthorizeResult.ALLOW,
    );
  });
});
