import type { AgentEntityV1alpha1 } from './AgentEntityV1alpha1';
import { resolveAgentRefs } from './agentRefs';

function agent(
  spec: Partial<AgentEntityV1alpha1['spec']> = {},
  namespace?: string,
): AgentEntityV1alpha1 {
  return {
    apiVersion: 'agent-coordination.io/v1alpha1',
    kind: 'Agent',
    metadata: { name: 'backstage-developer', namespace },
    spec: {
      agentId: 'agent-005',
      role: 'IDP Implementation',
      tier: 3,
      authority: 'STANDARD',
      owner: 'platform',
      ...spec,
    },
  };
}

describe('resolveAgentRefs', () => {
  it('fills in default kinds and the entity namespace', () => {
    const refs = resolveAgentRefs(
      agent(
        {
          owner: 'platform',
          system: 'terraform-atmos-platform',
          dependsOn: [
            'api-developer',
            'agent:default/Infrastructure-Architect',
          ],
          nonBlockingDependsOn: ['context-manager'],
          skills: ['backstage-plugins'],
          rules: ['airesource:shared/no-secrets'],
          mcpServers: ['github-mcp'],
        },
        'infra',
      ),
    );
    expect(refs).toEqual({
      owner: 'group:infra/platform',
      system: 'system:infra/terraform-atmos-platform',
      dependencies: [
        { target: 'agent:infra/api-developer', blocking: true },
        { target: 'agent:default/infrastructure-architect', blocking: true },
        { target: 'agent:infra/context-manager', blocking: false },
      ],
      communication: 'DEPENDENCIES',
      skills: ['airesource:infra/backstage-plugins'],
      rules: ['airesource:shared/no-secrets'],
      mcpServers: ['api:infra/github-mcp'],
    });
  });

  it('counts a ref listed as blocking and non-blocking once, as blocking', () => {
    const refs = resolveAgentRefs(
      agent({
        dependsOn: ['api-developer'],
        nonBlockingDependsOn: ['api-developer'],
      }),
    );
    expect(refs.dependencies).toEqual([
      { target: 'agent:default/api-developer', blocking: true },
    ]);
  });

  it('accepts a User as owner and resolves a communication list', () => {
    const refs = resolveAgentRefs(
      agent({ owner: 'user:guest', communication: ['context-manager'] }),
    );
    expect(refs.owner).toBe('user:default/guest');
    expect(refs.communication).toEqual(['agent:default/context-manager']);
  });

  it('rejects a dependency on something that is not an Agent', () => {
    expect(() =>
      resolveAgentRefs(agent({ dependsOn: ['component:vpc'] })),
    ).toThrow(
      "spec.dependsOn[0] 'component:vpc' must refer to Agent, not component",
    );
  });

  it('rejects an owner that is not a Group or User', () => {
    expect(() => resolveAgentRefs(agent({ owner: 'system:x' }))).toThrow(
      "spec.owner 'system:x' must refer to Group or User, not system",
    );
  });

  it('rejects a malformed ref', () => {
    expect(() => resolveAgentRefs(agent({ skills: ['airesource:'] }))).toThrow(
      "spec.skills[0] 'airesource:' is not an entity ref:",
    );
  });

  it('rejects an agent that depends on itself', () => {
    expect(() =>
      resolveAgentRefs(
        agent({ nonBlockingDependsOn: ['backstage-developer'] }),
      ),
    ).toThrow('agent agent:default/backstage-developer depends on itself');
  });
});
