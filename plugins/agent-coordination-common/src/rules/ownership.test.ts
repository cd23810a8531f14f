import fc from 'fast-check';
import {
  globCovers,
  globMatches,
  globsOverlap,
  OwnershipEntry,
  ownersOfPath,
  ownershipOverlaps,
} from './ownership';

// Section 2 of the seed framework: the agents that declare paths.
const seedOwnership: OwnershipEntry[] = [
  {
    owner: 'infrastructure_architect',
    globs: ['components/terraform/*', 'stacks/*', 'workflows/*'],
  },
  { owner: 'security_specialist', globs: ['security/*'] },
  {
    owner: 'network_engineer',
    globs: ['components/terraform/vpc/*', 'components/terraform/dns/*'],
  },
  {
    owner: 'backstage_developer',
    globs: ['platform/backstage/*', 'plugins/*', 'catalog/*'],
  },
  { owner: 'api_developer', globs: ['platform/api/*'] },
  {
    owner: 'kubernetes_specialist',
    globs: [
      'components/terraform/eks/*',
      'components/terraform/eks-addons/*',
      'k8s/*',
    ],
  },
  {
    owner: 'observability_engineer',
    globs: ['components/terraform/monitoring/*', 'monitoring/*'],
  },
  {
    owner: 'cicd_engineer',
    globs: ['workflows/*', 'integrations/*', '.github/workflows/*'],
  },
  { owner: 'documentation_specialist', globs: ['docs/*'] },
];

describe('globMatches', () => {
  it.each([
    ['components/terraform/*', 'components/terraform/vpc/main.tf', true],
    ['components/terraform/*', 'components/terraform/vpc', true],
    ['components/terraform/*', 'components/terraform/vpc/', true],
    ['components/terraform/*', 'components/terraform', false],
    ['components/terraform/*', 'components/terraformx/main.tf', false],
    ['components/terraform/*', 'x/components/terraform/main.tf', false],
    ['components/terraform/vpc/*', 'components/terraform/vpc/main.tf', true],
    [
      'components/terraform/vpc/*',
      'components/terraform/vpc/modules/x.tf',
      true,
    ],
    ['components/terraform/vpc/*', 'components/terraform/eks/main.tf', false],
    [
      'components/terraform/vpc/**',
      'components/terraform/vpc/modules/x.tf',
      true,
    ],
    ['.github/workflows/*', '.github/workflows/ci.yml', true],
    ['.github/workflows/*', './.github/workflows/ci.yml', true],
    ['.github/workflows/*', 'workflows/ci.yml', false],
    ['workflows/*', '.github/workflows/ci.yml', false],
    ['/docs/', 'docs/adr/0001.md', true],
    ['stacks/*.yaml', 'stacks/dev.yaml', true],
    ['stacks/*.yaml', 'stacks/dev/app.yaml', false],
    ['stacks/*/prod.yaml', 'stacks/eu/prod.yaml', true],
    ['stacks/*/prod.yaml', 'stacks/eu/west/prod.yaml', false],
    ['**/main.tf', 'main.tf', true],
    ['**/main.tf', 'a/b/main.tf', true],
    ['**/main.tf', 'a/main.tfx', false],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/b/c', false],
    ['file?.tf', 'file1.tf', true],
    ['file?.tf', 'file.tf', false],
    ['file?.tf', 'file12.tf', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
    ['**', 'anything/at/all', true],
    ['*', 'top', true],
    ['*', 'top/level', false],
    ['', 'a', false],
    ['a/*', '', false],
  ])('%p vs %p -> %p', (glob, path, expected) => {
    expect(globMatches(glob, path)).toBe(expected);
  });
});

describe('globsOverlap', () => {
  it.each([
    [
      'components/terraform/*',
      'components/terraform/vpc/*',
      'components/terraform/vpc/x',
    ],
    ['workflows/*', 'workflows/*', 'workflows/x'],
    ['a*', '*b', 'ab'],
    ['k8s/*', '**/*.yaml', 'k8s/.yaml'],
    ['**', 'x', 'x'],
    ['a/**/b', '*/c/*', 'a/c/b'],
  ])('%p and %p overlap, e.g. %p', (a, b, example) => {
    expect(globsOverlap(a, b)).toEqual({ overlap: true, example });
    expect(globsOverlap(b, a).overlap).toBe(true);
    expect(globMatches(a, example)).toBe(true);
    expect(globMatches(b, example)).toBe(true);
  });

  it.each([
    ['a/*', 'b/*'],
    ['*.tf', '*.yaml'],
    ['?', '??'],
    ['.github/workflows/*', 'workflows/*'],
    ['components/terraform/eks/*', 'components/terraform/eks-addons/*'],
    ['components/terraform/*', 'components/terraform'],
    ['', '**'],
  ])('%p and %p do not overlap', (a, b) => {
    expect(globsOverlap(a, b)).toEqual({ overlap: false });
    expect(globsOverlap(b, a)).toEqual({ overlap: false });
  });
});

describe('globCovers', () => {
  it('decides subtree nesting exactly', () => {
    expect(
      globCovers('components/terraform/*', 'components/terraform/vpc/*'),
    ).toEqual({
      covers: true,
    });
    expect(
      globCovers('components/terraform/vpc/*', 'components/terraform/*'),
    ).toEqual({
      covers: false,
      counterexample: 'components/terraform/x',
    });
    expect(globCovers('**', 'a/b/*')).toEqual({ covers: true });
    expect(globCovers('a/*', 'a/*/b')).toEqual({ covers: true });
    expect(globCovers('a/*/b', 'a/*')).toEqual({
      covers: false,
      counterexample: 'a/x',
    });
    expect(globCovers('*.tf', 'main.tf')).toEqual({ covers: true });
    expect(globCovers('a/**/b', 'a/b')).toEqual({ covers: true });
    expect(globCovers('a/**', 'a/*')).toEqual({ covers: true });
    expect(globCovers('a/b', 'a/**/b')).toEqual({
      covers: false,
      counterexample: 'a/x/b',
    });
    expect(globCovers('x', '')).toEqual({ covers: true });
    expect(globCovers('', 'x')).toEqual({ covers: false, counterexample: 'x' });
  });
});

describe('ownersOfPath', () => {
  it('lists every owner, most specific first', () => {
    expect(
      ownersOfPath(
        seedOwnership,
        'components/terraform/vpc/modules/subnets.tf',
      ),
    ).toEqual([
      {
        owner: 'network_engineer',
        glob: 'components/terraform/vpc/*',
        specificity: 25,
      },
      {
        owner: 'infrastructure_architect',
        glob: 'components/terraform/*',
        specificity: 21,
      },
    ]);
    expect(ownersOfPath(seedOwnership, 'workflows/deploy.yaml')).toEqual([
      {
        owner: 'infrastructure_architect',
        glob: 'workflows/*',
        specificity: 10,
      },
      { owner: 'cicd_engineer', glob: 'workflows/*', specificity: 10 },
    ]);
    expect(ownersOfPath(seedOwnership, '.github/workflows/ci.yml')).toEqual([
      { owner: 'cicd_engineer', glob: '.github/workflows/*', specificity: 18 },
    ]);
    expect(ownersOfPath(seedOwnership, 'README.md')).toEqual([]);
  });
});

describe('ownershipOverlaps', () => {
  it('finds the seed overlaps, all nested', () => {
    const ia = 'infrastructure_architect';
    const tf = 'components/terraform/*';
    expect(ownershipOverlaps(seedOwnership)).toEqual([
      {
        a: ia,
        globA: tf,
        b: 'network_engineer',
        globB: 'components/terraform/vpc/*',
        example: 'components/terraform/vpc/x',
        nested: true,
      },
      {
        a: ia,
        globA: tf,
        b: 'network_engineer',
        globB: 'components/terraform/dns/*',
        example: 'components/terraform/dns/x',
        nested: true,
      },
      {
        a: ia,
        globA: tf,
        b: 'kubernetes_specialist',
        globB: 'components/terraform/eks/*',
        example: 'components/terraform/eks/x',
        nested: true,
      },
      {
        a: ia,
        globA: tf,
        b: 'kubernetes_specialist',
        globB: 'components/terraform/eks-addons/*',
        example: 'components/terraform/eks-addons/x',
        nested: true,
      },
      {
        a: ia,
        globA: tf,
        b: 'observability_engineer',
        globB: 'components/terraform/monitoring/*',
        example: 'components/terraform/monitoring/x',
        nested: true,
      },
      {
        a: ia,
        globA: 'workflows/*',
        b: 'cicd_engineer',
        globB: 'workflows/*',
        example: 'workflows/x',
        nested: true,
      },
    ]);
  });

  it('reports partial overlaps as not nested and skips an owner overlapping itself', () => {
    expect(
      ownershipOverlaps([
        { owner: 'a', globs: ['stacks/*.yaml', 'stacks/*'] },
        { owner: 'b', globs: ['stacks/prod*'] },
        { owner: 'a', globs: ['stacks/prod.yaml'] },
      ]),
    ).toEqual([
      {
        a: 'a',
        globA: 'stacks/*.yaml',
        b: 'b',
        globB: 'stacks/prod*',
        example: 'stacks/prod.yaml',
        nested: false,
      },
      {
        a: 'a',
        globA: 'stacks/*',
        b: 'b',
        globB: 'stacks/prod*',
        example: 'stacks/prod',
        nested: true,
      },
      {
        a: 'b',
        globA: 'stacks/prod*',
        b: 'a',
        globB: 'stacks/prod.yaml',
        example: 'stacks/prod.yaml',
        nested: true,
      },
    ]);
  });
});

// ---- property tests -------------------------------------------------------

const segPatArb = fc
  .array(fc.constantFrom('a', 'b', '*', '?'), { minLength: 1, maxLength: 3 })
  .map(cs => cs.join(''));
const globArb = fc
  .array(
    fc.oneof(
      { weight: 1, arbitrary: fc.constant('**') },
      { weight: 4, arbitrary: segPatArb },
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map(segs => segs.join('/'));
const pathArb = fc
  .array(
    fc
      .array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 3 })
      .map(cs => cs.join('')),
    { minLength: 1, maxLength: 5 },
  )
  .map(segs => segs.join('/'));

// Every path of up to 3 segments of up to 2 letters over {a, b, c}.
const SEGS = ['a', 'b', 'c'].flatMap(x => [
  x,
  ...['a', 'b', 'c'].map(y => x + y),
]);
const SMALL_PATHS: string[] = [];
for (const s1 of SEGS) {
  SMALL_PATHS.push(s1);
  for (const s2 of SEGS) {
    SMALL_PATHS.push(`${s1}/${s2}`);
    for (const s3 of SEGS) SMALL_PATHS.push(`${s1}/${s2}/${s3}`);
  }
}

describe('ownership properties', () => {
  it('globsOverlap finds every shared path and its example matches both', () => {
    fc.assert(
      fc.property(
        globArb,
        globArb,
        fc.array(pathArb, { maxLength: 20 }),
        (a, b, extra) => {
          const result = globsOverlap(a, b);
          const ex = result.example;
          expect(result.overlap).toBe(ex !== undefined);
          expect(
            ex === undefined || (globMatches(a, ex) && globMatches(b, ex)),
          ).toBe(true);
          const shared = [...SMALL_PATHS, ...extra].filter(
            p => globMatches(a, p) && globMatches(b, p),
          );
          // Without an overlap, no path may match both.
          expect(result.overlap ? [] : shared).toEqual([]);
          expect(globsOverlap(b, a).overlap).toBe(result.overlap);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('globCovers is exact: no escaping path when it covers, a real counterexample when not', () => {
    fc.assert(
      fc.property(
        globArb,
        globArb,
        fc.array(pathArb, { maxLength: 20 }),
        (outer, inner, extra) => {
          const result = globCovers(outer, inner);
          const ce = result.counterexample;
          expect(result.covers).toBe(ce === undefined);
          expect(
            ce === undefined ||
              (globMatches(inner, ce) && !globMatches(outer, ce)),
          ).toBe(true);
          const escaping = [...SMALL_PATHS, ...extra].filter(
            p => globMatches(inner, p) && !globMatches(outer, p),
          );
          // When it covers, no path may match inner without matching outer.
          expect(result.covers ? escaping : []).toEqual([]);
          expect(globCovers(outer, outer).covers).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a trailing /* owns the whole subtree below a literal prefix', () => {
    fc.assert(
      fc.property(pathArb, pathArb, (prefix, rest) => {
        expect(globMatches(`${prefix}/*`, `${prefix}/${rest}`)).toBe(true);
        expect(globMatches(`${prefix}/*`, prefix)).toBe(false);
      }),
    );
  });
});
