import { mockServices } from '@backstage/backend-test-utils';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { AgentDirectory } from './AgentDirectory';
import { AgentEntityProcessor } from './AgentEntityProcessor';
import { testAgent } from './testAgents';

const location = { type: 'url', target: 'https://example.com/agents.yaml' };
const seed = loadFramework(mockServices.rootConfig()).framework;

function setup(
  catalogEntities: Entity[] = [],
  framework: CoordinationFramework = seed,
) {
  const catalog = catalogServiceMock({ entities: catalogEntities });
  const logger = mockServices.logger.mock();
  const directory = new AgentDirectory({
    catalog,
    auth: mockServices.auth({ pluginId: 'catalog' }),
    logger,
  });
  const processor = new AgentEntityProcessor({ directory, logger, framework });
  /** validate + postProcess, as the catalog runs them. */
  const process = async (entity: Entity) => {
    const results: CatalogProcessorResult[] = [];
    await processor.validateEntityKind(entity);
    const out = await processor.postProcessEntity(entity, location, r =>
      results.push(r),
    );
    const errors = results.flatMap(r =>
      r.type === 'error' ? [r.error.message] : [],
    );
    const relations = results.flatMap(r =>
      r.type === 'relation'
        ? [
            `${r.relation.source.name} ${r.relation.type} ${stringifyEntityRef(
              r.relation.target,
            )}`,
          ]
        : [],
    );
    return { out, errors, relations };
  };
  return { processor, process, catalog, logger };
}

describe('AgentEntityProcessor.validateEntityKind', () => {
  const { processor } = setup();

  it('accepts a valid agent and ignores other kinds', async () => {
    await expect(processor.validateEntityKind(testAgent('a'))).resolves.toBe(
      true,
    );
    await expect(
      processor.validateEntityKind({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'vpc' },
        spec: {},
      }),
    ).resolves.toBe(false);
  });

  it('rejects a missing required field', async () => {
    const agent = testAgent('a');
    delete (agent.spec as Partial<typeof agent.spec>).role;
    await expect(processor.validateEntityKind(agent)).rejects.toThrow(
      "/spec must have required property 'role' - missingProperty: role",
    );
  });

  it('rejects a tier that is not an integer', async () => {
    await expect(
      processor.validateEntityKind(testAgent('a', { tier: 'two' as any })),
    ).rejects.toThrow('/spec/tier must be integer - type: integer');
  });

  it("rejects an authority level the framework does not define, naming the framework's levels", async () => {
    await expect(
      processor.validateEntityKind(testAgent('a', { authority: 'ROOT' })),
    ).rejects.toThrow(
      new TypeError(
        "Agent agent:default/a: spec.authority 'ROOT' is not an authority level of framework terraform-atmos-platform (FULL, SENIOR, STANDARD)",
      ),
    );
  });

  it('accepts a level only a framework of its own defines, e.g. LIMITED', async () => {
    const withLimited: CoordinationFramework = {
      ...seed,
      authorityLevels: [
        ...seed.authorityLevels,
        { id: 'LIMITED', description: 'Reads, and proposes changes.' },
      ],
    };
    await expect(
      setup([], withLimited).processor.validateEntityKind(
        testAgent('a', { authority: 'LIMITED' }),
      ),
    ).resolves.toBe(true);
    // The seed framework has no such level.
    await expect(
      processor.validateEntityKind(testAgent('a', { authority: 'LIMITED' })),
    ).rejects.toThrow("spec.authority 'LIMITED' is not an authority level");
  });

  it("rejects a tier the framework does not define, naming the entity and the framework's tiers", async () => {
    await expect(
      processor.validateEntityKind(testAgent('x', { tier: 7 })),
    ).rejects.toThrow(
      new TypeError(
        'Agent agent:default/x: spec.tier 7 is not a tier of framework terraform-atmos-platform (1 Coordination Layer, 2 Infrastructure Layer, 3 Platform Layer, 4 Operations Layer, 5 Quality & Documentation)',
      ),
    );
  });

  it("rejects an authority level the framework does not define, naming the entity and the framework's levels", async () => {
    // The schema admits any level id; this framework defines fewer than the seed.
    const twoLevels: CoordinationFramework = {
      ...seed,
      authorityLevels: seed.authorityLevels.filter(a => a.id !== 'SENIOR'),
    };
    const strict = setup([], twoLevels).processor;
    await expect(
      strict.validateEntityKind(testAgent('x', { authority: 'SENIOR' })),
    ).rejects.toThrow(
      new TypeError(
        "Agent agent:default/x: spec.authority 'SENIOR' is not an authority level of framework terraform-atmos-platform (FULL, STANDARD)",
      ),
    );
    await expect(
      strict.validateEntityKind(testAgent('y', { authority: 'FULL' })),
    ).resolves.toBe(true);
  });

  it('names both problems at once, in the namespace of the entity', async () => {
    const agent = testAgent('x', { tier: 6 });
    agent.metadata.namespace = 'platform';
    const strict = setup([], {
      ...seed,
      authorityLevels: [{ id: 'FULL', description: 'All of it' }],
    }).processor;
    await expect(strict.validateEntityKind(agent)).rejects.toThrow(
      "Agent agent:platform/x: spec.tier 6 is not a tier of framework terraform-atmos-platform (1 Coordination Layer, 2 Infrastructure Layer, 3 Platform Layer, 4 Operations Layer, 5 Quality & Documentation); spec.authority 'STANDARD' is not an authority level of framework terraform-atmos-platform (FULL)",
    );
  });

  it('does not remember an agent the framework rejects for the cross-agent checks', async () => {
    const { processor: p, process } = setup();
    await expect(
      p.validateEntityKind(testAgent('bad-tier', { tier: 9 })),
    ).rejects.toThrow('spec.tier 9');
    const { errors } = await process(
      testAgent('a', { dependsOn: ['bad-tier'] }),
    );
    expect(errors).toEqual([
      'spec.dependsOn: agent:default/bad-tier is not an Agent in the catalog',
    ]);
  });

  it('rejects a dependency on another kind', async () => {
    await expect(
      processor.validateEntityKind(
        testAgent('a', { dependsOn: ['group:infrastructure'] }),
      ),
    ).rejects.toThrow(
      "spec.dependsOn[0] 'group:infrastructure' must refer to Agent, not group",
    );
  });
});

describe('AgentEntityProcessor.postProcessEntity', () => {
  it('emits every relation with its inverse', async () => {
    const { process } = setup([
      testAgent('context-manager'),
      testAgent('architect'),
    ]);
    const agent = testAgent('network-engineer', {
      owner: 'infrastructure',
      system: 'terraform-atmos-platform',
      dependsOn: ['architect'],
      nonBlockingDependsOn: ['context-manager'],
      skills: ['terraform-modules'],
      rules: ['no-manual-state-edits'],
      mcpServers: ['terraform-mcp'],
    });
    const { errors, relations } = await process(agent);
    expect(errors).toEqual([]);
    expect(relations).toEqual([
      'network-engineer ownedBy group:default/infrastructure',
      'infrastructure ownerOf agent:default/network-engineer',
      'network-engineer partOf system:default/terraform-atmos-platform',
      'terraform-atmos-platform hasPart agent:default/network-engineer',
      'network-engineer dependsOn agent:default/architect',
      'architect dependencyOf agent:default/network-engineer',
      'network-engineer nonBlockingDependsOn agent:default/context-manager',
      'context-manager nonBlockingDependencyOf agent:default/network-engineer',
      'network-engineer usesSkill airesource:default/terraform-modules',
      'terraform-modules skillUsedBy agent:default/network-engineer',
      'network-engineer followsRule airesource:default/no-manual-state-edits',
      'no-manual-state-edits ruleFollowedBy agent:default/network-engineer',
      'network-engineer usesMcpServer api:default/terraform-mcp',
      'terraform-mcp mcpServerUsedBy agent:default/network-engineer',
    ]);
  });

  it('reports a dependency on an agent that does not exist', async () => {
    const { process } = setup([testAgent('architect')]);
    const { errors } = await process(
      testAgent('network-engineer', { dependsOn: ['architect', 'ghost'] }),
    );
    expect(errors).toEqual([
      'spec.dependsOn: agent:default/ghost is not an Agent in the catalog',
    ]);
  });

  it('names a blocking-dependency cycle', async () => {
    const { process } = setup([testAgent('b', { dependsOn: ['a'] })]);
    const { errors } = await process(testAgent('a', { dependsOn: ['b'] }));
    expect(errors).toEqual([
      'blocking dependency cycle: agent:default/a -> agent:default/b -> agent:default/a',
    ]);
  });

  it('names both agents and a path of an ownership conflict, on the entity rather than as an ingest error', async () => {
    const { process } = setup([
      testAgent('cicd-engineer', { ownership: { paths: ['workflows/*'] } }),
    ]);
    const { errors, out } = await process(
      testAgent('infrastructure-architect', {
        ownership: { paths: ['workflows/*'] },
      }),
    );
    expect(errors).toEqual([]);
    expect(out.metadata.annotations).toEqual({
      'agent-coordination.io/ownership-conflicts':
        "ownership conflict: 'workflows/*' of agent:default/cicd-engineer and 'workflows/*' of agent:default/infrastructure-architect both claim workflows/x",
    });
  });

  it('logs an ownership conflict once, not on every processing pass of either agent', async () => {
    const { process, logger } = setup([]);
    const architect = testAgent('infrastructure-architect', {
      ownership: { paths: ['workflows/*'] },
    });
    const cicd = testAgent('cicd-engineer', {
      ownership: { paths: ['workflows/*'] },
    });
    const message =
      "ownership conflict: 'workflows/*' of agent:default/cicd-engineer and 'workflows/*' of agent:default/infrastructure-architect both claim workflows/x";
    const warned = () =>
      logger.warn.mock.calls.filter(([text]) => String(text).includes(message));

    // The catalog's loop: every agent, pass after pass.
    for (let pass = 0; pass < 5; pass++) {
      await process(architect);
      const { out } = await process(cicd);
      expect(
        out.metadata.annotations?.['agent-coordination.io/ownership-conflicts'],
      ).toBe(message);
    }
    expect(warned()).toHaveLength(1);

    // Resolved, then back: that is news again.
    const resolved = testAgent('cicd-engineer', {
      ownership: { paths: ['workflows/ci/*'] },
    });
    await process(resolved);
    await process(architect);
    await process(cicd);
    expect(warned()).toHaveLength(2);
  });

  it('puts a nested ownership overlap in the notes annotation, not in the errors', async () => {
    const { process } = setup([
      testAgent('infrastructure-architect', {
        ownership: { paths: ['components/terraform/*'] },
      }),
    ]);
    const { errors, out } = await process(
      testAgent('network-engineer', {
        ownership: { paths: ['components/terraform/vpc/*'] },
      }),
    );
    expect(errors).toEqual([]);
    expect(out.metadata.annotations).toEqual({
      'agent-coordination.io/ownership-notes':
        "ownership 'components/terraform/vpc/*' of agent:default/network-engineer is nested in 'components/terraform/*' of agent:default/infrastructure-architect: agent:default/network-engineer is the primary owner there (e.g. components/terraform/vpc/x)",
    });
  });

  it('drops a notes annotation written by hand', async () => {
    const { process } = setup();
    const agent = testAgent('a');
    agent.metadata.annotations = {
      'agent-coordination.io/ownership-notes': 'made up',
      'backstage.io/techdocs-ref': 'dir:.',
    };
    const { out } = await process(agent);
    expect(out.metadata.annotations).toEqual({
      'backstage.io/techdocs-ref': 'dir:.',
    });
  });

  it('settles a fresh import in the second pass, although the catalog has no agent yet', async () => {
    const { process } = setup([]);
    const a = testAgent('a', { dependsOn: ['b'] });
    const b = testAgent('b', { dependsOn: ['c'] });
    const c = testAgent('c');
    const first = await process(a);
    expect(first.errors).toEqual([
      'spec.dependsOn: agent:default/b is not an Agent in the catalog',
    ]);
    await process(b);
    await process(c);
    expect((await process(a)).errors).toEqual([]);
  });

  it('skips the cross-agent checks, with a warning, until the catalog can be read', async () => {
    const { process, catalog, logger } = setup([]);
    jest
      .spyOn(catalog, 'getEntities')
      .mockRejectedValue(new Error('not ready'));
    const { errors, relations } = await process(
      testAgent('a', { dependsOn: ['ghost'] }),
    );
    expect(errors).toEqual([]);
    expect(relations).toContain('a dependsOn agent:default/ghost');
    expect(logger.warn).toHaveBeenCalledWith(
      'Skipped cross-agent checks of a: Error: not ready',
    );
  });
});
