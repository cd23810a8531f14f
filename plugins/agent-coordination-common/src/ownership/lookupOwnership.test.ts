import { seed } from '../__testUtils__/seed';
import { lookupOwnership, normalizeRepoPath } from './lookupOwnership';

describe('lookupOwnership', () => {
  it('gives a nested path to the agent of the innermost glob', () => {
    const answer = lookupOwnership(seed.agents, 'components/terraform/vpc/main.tf', id =>
      id === 'agent-004' ? { ref: 'agent:default/network-engineer', title: 'Network Engineer' } : undefined,
    );
    expect(answer.primary).toEqual(['network_engineer']);
    expect(answer.conflict).toBe(false);
    expect(answer.owners.map(o => [o.agent, o.primary, o.entityRef, o.title])).toEqual([
      ['network_engineer', true, 'agent:default/network-engineer', 'Network Engineer'],
      ['infrastructure_architect', false, null, 'Infrastructure Architect'],
    ]);
    expect(answer.overlaps).toEqual([
      {
        a: 'network_engineer',
        globA: 'components/terraform/vpc/*',
        b: 'infrastructure_architect',
        globB: 'components/terraform/*',
        nested: true,
      },
    ]);
  });

  it('names both owners of a path two agents claim equally, and picks neither', () => {
    const answer = lookupOwnership(seed.agents, 'workflows/release.yaml');
    expect(answer.primary).toEqual(['infrastructure_architect', 'cicd_engineer']);
    expect(answer.conflict).toBe(true);
    expect(answer.overlaps).toEqual([expect.objectContaining({ nested: false })]);
  });

  it('answers an unowned path with nobody', () => {
    expect(lookupOwnership(seed.agents, 'scratch/x')).toEqual({
      path: 'scratch/x',
      owners: [],
      primary: [],
      overlaps: [],
      conflict: false,
    });
  });
});

describe('normalizeRepoPath', () => {
  it.each([
    ['./a//b/', 'a/b'],
    ['  stacks/dev.yaml ', 'stacks/dev.yaml'],
    ['.github/workflows/ci.yaml', '.github/workflows/ci.yaml'],
  ])('normalizes %j to %j', (input, output) => {
    expect(normalizeRepoPath(input)).toEqual({ ok: true, value: output });
  });

  it.each([
    ['', "'path' is required"],
    ['/etc/passwd', "'path' must be relative to the repository root, not absolute: '/etc/passwd'"],
    ['C:\\repo', "'path' must be relative"],
    ['a/../../b', "'path' must not contain '..'"],
    ['./', "'path' names no file"],
    ['x'.repeat(1025), "'path' must be at most 1024 characters"],
  ])('refuses %j as invalid input', (input, message) => {
    const decision = normalizeRepoPath(input);
    expect(decision).toMatchObject({ ok: false, refusal: { code: 'invalid_input', rule: 'invalid_path' } });
    expect(!decision.ok && decision.refusal.message).toContain(message);
  });
});
