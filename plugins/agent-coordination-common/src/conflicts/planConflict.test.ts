import type { ConflictSnapshot } from '../api';
import { seed } from '../__testUtils__/seed';
import type { ConflictActor } from './conflictRoles';
import { conflictRoles } from './conflictRoles';
import {
  allowedConflictActions,
  checkOpenConflict,
  planEscalateConflict,
  planOpenConflict,
  planResolveConflict,
  planVote,
} from './planConflict';

const agent = (key: string) => {
  const a = seed.agents.find(x => x.key === key)!;
  return { key: a.key, authority: a.authority };
};
const as = (key: string | null, groups: string[] = []): ConflictActor => ({
  principal: key ? `user:default/${key}` : 'user:default/ciso-person',
  agent: key ? agent(key) : null,
  groups,
});
const now = new Date('2026-01-01T00:00:00.000Z');

function opened(input: object, by: ConflictActor = as('network_engineer')): ConflictSnapshot {
  const checked = checkOpenConflict(seed, { title: 'T', parties: ['network_engineer', 'api_developer'], type: 'technical', ...input } as never, () => true);
  if (!checked.ok) throw new Error(checked.refusal.message);
  const planned = planOpenConflict(seed, by, checked.value, { id: 'c1', now });
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.value;
}

describe('who may do what with a conflict', () => {
  it('lets any agent open one, parties or not, and no caller mapped to no agent', () => {
    const checked = checkOpenConflict(seed, { type: 'technical', title: 'x', parties: ['network_engineer', 'api_developer'] }, () => true);
    if (!checked.ok) throw new Error(checked.refusal.message);
    expect(planOpenConflict(seed, as('cost_optimizer'), checked.value, { id: 'c', now })).toMatchObject({ ok: true });
    expect(planOpenConflict(seed, as(null), checked.value, { id: 'c', now })).toMatchObject({
      ok: false,
      refusal: { rule: 'read_only_caller' },
    });
  });

  it.each([
    // [category, level, caller, groups, roles]
    ['security', 'L1', 'security_specialist', [], ['any_agent', 'authority']],
    ['security', 'L1', 'network_engineer', [], ['any_agent', 'party']],
    ['security', 'L2', null, ['group:default/security-leadership'], ['authority']],
    ['security', 'L2', null, ['group:default/finance'], []],
    ['code_merge', 'L1', 'network_engineer', [], ['any_agent', 'party']],
    ['code_merge', 'L2', 'context_manager', [], ['any_agent', 'context_manager', 'authority']],
    ['code_merge', 'L3', 'network_engineer', ['Group:Default/Tech-Leads'], ['any_agent', 'party', 'authority']],
  ] as const)('at %s %s, %s (groups %j) acts as %j', (category, level, key, groups, roles) => {
    const c = { ...opened({ category }), level } as ConflictSnapshot;
    expect(conflictRoles(seed, as(key, [...groups]), c)).toEqual(roles);
  });

  it('gives a primary-owner level to the primary owner of the paths', () => {
    const c = opened({ type: 'ownership', parties: ['api_developer', 'network_engineer'], subject: { paths: ['components/terraform/vpc/x.tf'] } });
    expect(c.primaryOwners).toEqual(['network_engineer']);
    expect(conflictRoles(seed, as('network_engineer'), c)).toContain('authority');
    expect(conflictRoles(seed, as('api_developer'), c)).not.toContain('authority');
    expect(planResolveConflict(seed, as('network_engineer'), c, { decision: 'mine', rationale: 'owner', version: 1 }, now)).toMatchObject({
      ok: true,
      value: { decision: 'mine', via: 'authority', byAgent: 'network_engineer' },
    });
  });
});

describe('voting', () => {
  it('needs the quorum of parties for the same decision; other votes count for nothing', () => {
    let c = opened({ category: 'code_merge', parties: ['network_engineer', 'api_developer', 'security_specialist'] });
    const vote = (key: string, position: string) => {
      const d = planVote(seed, as(key), c, { position, version: c.version }, now);
      if (!d.ok) throw new Error(d.refusal.message);
      c = { ...c, votes: d.value.votes, version: c.version + 1 };
      return d.value.resolution;
    };
    expect(vote('network_engineer', 'A')).toBeNull();
    expect(vote('api_developer', 'B')).toBeNull();
    expect(vote('network_engineer', 'B ')).toMatchObject({ decision: 'B', via: 'consensus' });
    expect(planVote(seed, as('cost_optimizer'), c, { position: 'A', version: c.version }, now)).toMatchObject({
      ok: false,
      refusal: { rule: 'vote_not_permitted' },
    });
  });

  it('needs every party where the authority asks for all of them', () => {
    const c = { ...opened({ type: 'ownership', parties: ['network_engineer', 'api_developer', 'kubernetes_specialist'] }), level: 'L2' } as ConflictSnapshot;
    const first = planVote(seed, as('network_engineer'), c, { position: 'Share it', version: 1 }, now) as any;
    const second = planVote(seed, as('api_developer'), { ...c, votes: first.value.votes }, { position: 'Share it', version: 1 }, now) as any;
    expect(second.value.resolution).toBeNull();
  });
});

describe('state rules', () => {
  it('refuses a stale version, a resolved conflict, a decision at a consensus level and escalation past L3', () => {
    const c = opened({ category: 'code_merge' });
    expect(planResolveConflict(seed, as('context_manager'), c, { decision: 'x', rationale: 'y', version: 2 }, now)).toMatchObject({
      ok: false,
      refusal: { code: 'stale_version', sentVersion: 2 },
    });
    expect(planResolveConflict(seed, as('context_manager'), c, { decision: 'x', rationale: 'y', version: 1 }, now)).toMatchObject({
      ok: false,
      refusal: { code: 'conflict', rule: 'decided_by_consensus' },
    });
    const resolved = { ...c, status: 'resolved' } as ConflictSnapshot;
    expect(planVote(seed, as('network_engineer'), resolved, { position: 'x', version: 1 }, now)).toMatchObject({
      ok: false,
      refusal: { rule: 'already_resolved' },
    });
    const top = { ...c, level: 'L3' } as ConflictSnapshot;
    expect(planEscalateConflict(seed, as('network_engineer'), top, { reason: 'x', version: 1 }, now)).toMatchObject({
      ok: false,
      refusal: { rule: 'top_level' },
    });
    expect(planEscalateConflict(seed, as('network_engineer'), c, { reason: 'x', version: 1 }, now)).toMatchObject({
      ok: true,
      value: { level: 'L2', deadlineAt: '2026-01-01T04:00:00.000Z' },
    });
  });

  it('offers exactly what the rules allow', () => {
    const c = opened({ category: 'security', parties: ['security_specialist', 'api_developer'] });
    expect(allowedConflictActions(seed, as('security_specialist'), c)).toMatchObject({ vote: true, resolve: true, escalate: true });
    expect(allowedConflictActions(seed, as('cost_optimizer'), c)).toMatchObject({ vote: false, resolve: false, escalate: false });
  });

  it('names every problem of an open request in one refusal', () => {
    const d = checkOpenConflict(
      seed,
      { type: 'mystery', category: 'nope', title: 'x', parties: ['network_engineer', 'network_engineer'], subject: { paths: ['/abs'] } },
      () => false,
    );
    expect(d.ok).toBe(false);
    const message = !d.ok ? d.refusal.message : '';
    expect(message).toContain("type: unknown conflict type 'mystery'");
    expect(message).toContain("category: unknown escalation matrix row 'nope'");
    expect(message).toContain('parties: each agent once');
    expect(message).toContain("'subject.paths[0]' must be relative");
  });
});
