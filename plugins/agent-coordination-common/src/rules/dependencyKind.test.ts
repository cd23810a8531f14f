import fc from 'fast-check';
import { classifyDependency, type DependencyRuleSet } from './dependencyKind';

// §5.2 of the seed framework.
const seed: DependencyRuleSet = {
  blocking: [
    {
      kind: 'infrastructure_changes',
      blocks: ['api_development', 'backstage_setup'],
      timeout: '24h',
    },
    {
      kind: 'security_approval',
      blocks: ['production_deployment'],
      timeout: '4h',
    },
    { kind: 'network_setup', blocks: ['service_deployment'], timeout: '8h' },
  ],
  nonBlocking: [
    { kind: 'documentation_updates', warns: ['all_agents'], timeout: '72h' },
    {
      kind: 'testing_completion',
      warns: ['deployment_agents'],
      timeout: '48h',
    },
  ],
  defaultTimeout: '72h',
};

describe('classifyDependency', () => {
  it('blocks when the kind depended on names the dependent kind', () => {
    expect(
      classifyDependency(seed, 'api_development', 'infrastructure_changes'),
    ).toEqual({
      blocking: true,
      source: 'rule',
      timeout: '24h',
      rule: 'infrastructure_changes blocks api_development (timeout 24h)',
    });
    expect(
      classifyDependency(seed, 'production_deployment', 'security_approval'),
    ).toMatchObject({
      blocking: true,
      timeout: '4h',
    });
  });

  it('does not block in the reverse direction', () => {
    expect(
      classifyDependency(seed, 'infrastructure_changes', 'api_development'),
    ).toEqual({
      blocking: false,
      source: 'rule',
      timeout: '72h',
    });
  });

  it('warns with the non-blocking rule of the kind depended on', () => {
    expect(
      classifyDependency(seed, 'api_development', 'testing_completion'),
    ).toEqual({
      blocking: false,
      source: 'rule',
      timeout: '48h',
      rule: 'testing_completion warns deployment_agents (timeout 48h)',
    });
  });

  it('lets an explicit choice win either way and records it', () => {
    expect(
      classifyDependency(
        seed,
        'api_development',
        'infrastructure_changes',
        false,
      ),
    ).toMatchObject({ blocking: false, source: 'explicit', timeout: '24h' });
    expect(classifyDependency(seed, 'general', 'general', true)).toEqual({
      blocking: true,
      source: 'explicit',
      timeout: '72h',
    });
  });

  it('blocks exactly when a blocking rule pairs the kinds, unless overridden', () => {
    const kinds = [
      'infrastructure_changes',
      'api_development',
      'security_approval',
      'production_deployment',
      'general',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom(...kinds),
        fc.option(fc.boolean(), { nil: undefined }),
        (dependent, dependency, explicit) => {
          const result = classifyDependency(
            seed,
            dependent,
            dependency,
            explicit,
          );
          const ruled = seed.blocking.some(
            r => r.kind === dependency && r.blocks.includes(dependent),
          );
          expect(result.blocking).toBe(explicit ?? ruled);
          expect(result.source).toBe(
            explicit === undefined ? 'rule' : 'explicit',
          );
        },
      ),
    );
  });
});
