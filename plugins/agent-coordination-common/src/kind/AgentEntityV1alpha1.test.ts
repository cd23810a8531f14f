import type { Entity } from '@backstage/catalog-model';
import {
  AGENT_API_VERSION,
  AGENT_KIND,
  agentEntityV1alpha1Validator,
  isAgentEntity,
  type AgentEntityV1alpha1,
} from './AgentEntityV1alpha1';

function agent(spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'agent-coordination.io/v1alpha1',
    kind: 'Agent',
    metadata: { name: 'network-engineer' },
    spec: {
      agentId: 'agent-004',
      role: 'Network Architecture',
      tier: 2,
      authority: 'SENIOR',
      owner: 'group:default/infrastructure',
      ...spec,
    },
  };
}

function without(field: string): Entity {
  const e = agent();
  delete (e.spec as Record<string, unknown>)[field];
  return e;
}

const check = (e: Entity) => agentEntityV1alpha1Validator.check(e);

describe('agentEntityV1alpha1Validator', () => {
  it('accepts a minimal agent', async () => {
    await expect(check(agent())).resolves.toBe(true);
  });

  it('accepts every optional field', async () => {
    const full: AgentEntityV1alpha1 = {
      apiVersion: AGENT_API_VERSION,
      kind: AGENT_KIND,
      metadata: { name: 'network-engineer' },
      spec: {
        type: 'ai-agent',
        agentId: 'agent-004',
        role: 'Network Architecture',
        tier: 2,
        authority: 'SENIOR',
        responsibilities: ['VPC design optimization'],
        ownership: {
          paths: ['components/terraform/vpc/*'],
          areas: ['Network security groups'],
        },
        dependsOn: ['agent:default/infrastructure-architect'],
        nonBlockingDependsOn: ['context-manager'],
        communication: ['agent:default/context-manager'],
        owner: 'group:default/infrastructure',
        system: 'terraform-atmos-platform',
        skills: ['airesource:default/terraform-module-authoring'],
        rules: ['airesource:default/no-manual-state-edits'],
        mcpServers: ['api:default/terraform-mcp'],
      },
    };
    await expect(check(full)).resolves.toBe(true);
    await expect(check(agent({ communication: 'ALL_AGENTS' }))).resolves.toBe(
      true,
    );
  });

  it('leaves other kinds and apiVersions to other validators', async () => {
    await expect(check({ ...agent(), kind: 'Component' })).resolves.toBe(false);
    await expect(
      check({ ...agent(), apiVersion: 'backstage.io/v1alpha1' }),
    ).resolves.toBe(false);
  });

  it.each(['agentId', 'role', 'tier', 'authority', 'owner'])(
    'rejects an agent without %s',
    async field => {
      await expect(check(without(field))).rejects.toThrow(
        `/spec must have required property '${field}' - missingProperty: ${field}`,
      );
    },
  );

  it('rejects an agent without spec', async () => {
    const e = agent();
    delete e.spec;
    await expect(check(e)).rejects.toThrow(
      "<root> must have required property 'spec' - missingProperty: spec",
    );
  });

  it('rejects a tier that is not an integer', async () => {
    await expect(check(agent({ tier: '2' }))).rejects.toThrow(
      '/spec/tier must be integer - type: integer',
    );
    await expect(check(agent({ tier: 2.5 }))).rejects.toThrow(
      '/spec/tier must be integer - type: integer',
    );
  });

  it('rejects a tier below 1', async () => {
    await expect(check(agent({ tier: 0 }))).rejects.toThrow(
      '/spec/tier must be >= 1 - comparison: >=, limit: 1',
    );
  });

  it('accepts any authority level id: the framework defines the levels', async () => {
    // e.g. a framework that adds LIMITED below STANDARD. Whether the level
    // exists is the catalog module's check, against the framework file.
    await expect(check(agent({ authority: 'LIMITED' }))).resolves.toBe(true);
    await expect(check(agent({ authority: 'TEAM_LEAD_2' }))).resolves.toBe(
      true,
    );
  });

  it('rejects an authority that is empty or not a string', async () => {
    await expect(check(agent({ authority: '' }))).rejects.toThrow(
      '/spec/authority must NOT have fewer than 1 characters - limit: 1',
    );
    await expect(check(agent({ authority: 3 }))).rejects.toThrow(
      '/spec/authority must be string - type: string',
    );
  });

  it('takes an optional type, e.g. ai-agent or human', async () => {
    await expect(check(agent({ type: 'ai-agent' }))).resolves.toBe(true);
    await expect(check(agent({ type: 'human' }))).resolves.toBe(true);
    await expect(check(agent({ type: '' }))).rejects.toThrow(
      '/spec/type must NOT have fewer than 1 characters - limit: 1',
    );
  });

  it('rejects an agentId that does not look like agent-001', async () => {
    await expect(check(agent({ agentId: 'network' }))).rejects.toThrow(
      '/spec/agentId must match pattern "^agent-[0-9]{3,}$" - pattern: ^agent-[0-9]{3,}$',
    );
  });

  it('rejects unknown spec fields, so a misspelt dependsOn is not ignored', async () => {
    await expect(
      check(agent({ dependencies: ['context-manager'] })),
    ).rejects.toThrow(
      '/spec must NOT have additional properties - additionalProperty: dependencies',
    );
  });

  it('rejects an ownership path that is not a string', async () => {
    await expect(check(agent({ ownership: { paths: [42] } }))).rejects.toThrow(
      '/spec/ownership/paths/0 must be string - type: string',
    );
  });
});

describe('isAgentEntity', () => {
  it('recognises agents by kind and apiVersion', () => {
    expect(isAgentEntity(agent())).toBe(true);
    expect(isAgentEntity({ ...agent(), kind: 'Component' })).toBe(false);
    expect(
      isAgentEntity({ ...agent(), apiVersion: 'backstage.io/v1alpha1' }),
    ).toBe(false);
  });
});
