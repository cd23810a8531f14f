import { seed } from '../__testUtils__/seed';
import { planChangeSet } from './changeSets';

describe('planChangeSet', () => {
  it('calls for one conflict per set of owners, and none for own or unowned paths', () => {
    const plan = planChangeSet(seed, {
      agent: 'api_developer',
      paths: ['platform/api/a.ts', 'components/terraform/vpc/main.tf', 'components/terraform/dns/zone.tf', 'security/iam/x.json', 'nowhere/x'],
    });
    expect(plan.ok).toBe(true);
    const value = plan.ok ? plan.value : (null as never);
    expect(value.conflicts.map(c => [c.parties, c.paths])).toEqual([
      [['api_developer', 'network_engineer'], ['components/terraform/dns/zone.tf', 'components/terraform/vpc/main.tf']],
      [['api_developer', 'security_specialist'], ['security/iam/x.json']],
    ]);
    expect(value.paths.find(p => p.path === 'platform/api/a.ts')).toMatchObject({ foreign: false });
    expect(value.paths.find(p => p.path === 'nowhere/x')).toMatchObject({ foreign: false, lookup: { primary: [] } });
  });

  it('gives the same key to the same change in any order and spelling', () => {
    const a = planChangeSet(seed, { agent: 'api_developer', paths: ['b/x', './a//y'] });
    const b = planChangeSet(seed, { agent: 'api_developer', paths: ['a/y', 'b/x', 'b/x'] });
    expect(a.ok && b.ok && a.value.key === b.value.key).toBe(true);
    const other = planChangeSet(seed, { agent: 'cicd_engineer', paths: ['a/y', 'b/x'] });
    expect(a.ok && other.ok && a.value.key !== other.value.key).toBe(true);
  });

  it('refuses an unknown agent and a path outside the repository', () => {
    expect(planChangeSet(seed, { agent: 'wizard', paths: ['a'] })).toMatchObject({ ok: false, refusal: { code: 'invalid_input' } });
    expect(planChangeSet(seed, { agent: 'api_developer', paths: ['a/../../b'] })).toMatchObject({
      ok: false,
      refusal: { message: expect.stringContaining("'paths[0]' must not contain '..'") },
    });
  });
});
