import type { TaskSnapshot } from '../api';
import type { ActorRole } from '../rules/lifecycle';
import { renamed, RENAMED, seed } from '../__testUtils__/seed';
import { lifecycleRoles } from './lifecycleRoles';
import { planTransition, transitionsAllowed } from './planTransition';

/*
 * The seed's lifecycle (§6.1, as examples/framework.yaml writes it), every
 * (from, to) pair for every role, against this table written out by hand,
 * not derived from the rule under test.
 */
const WHO: Record<string, ActorRole[]> = {
  'CREATED->ASSIGNED': ['context_manager'],
  'ASSIGNED->IN_PROGRESS': ['assignee'],
  'IN_PROGRESS->BLOCKED': ['system', 'assignee'],
  'BLOCKED->IN_PROGRESS': ['system', 'assignee'],
  'IN_PROGRESS->REVIEW': ['assignee'],
  'REVIEW->COMPLETED': ['reviewer', 'context_manager'],
  'REVIEW->IN_PROGRESS': ['reviewer', 'context_manager'],
};
const STATES = ['CREATED', 'ASSIGNED', 'IN_PROGRESS', 'BLOCKED', 'REVIEW', 'COMPLETED', 'FAILED'];
for (const s of STATES) if (s !== 'FAILED') WHO[`${s}->FAILED`] = ['assignee', 'context_manager', 'system'];
const ROLES: ActorRole[] = ['context_manager', 'assignee', 'creator', 'reviewer', 'any_agent', 'system'];

function task(state: string): TaskSnapshot {
  return {
    id: 't1',
    title: 'T',
    description: null,
    kind: 'general',
    component: null,
    assignee: 'network_engineer',
    priority: 'P2',
    estimate: null,
    dueDate: null,
    labels: [],
    state,
    version: 3,
    dependencies: [],
    createdBy: 'user:default/someone',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    stateEnteredAt: '2026-01-01T00:00:00.000Z',
  };
}

/** What the table says of one move, in the shape planTransition answers. */
function expectedOutcome(from: string, to: string, role: ActorRole, name: (s: string) => string) {
  const allowedRoles = WHO[`${from}->${to}`];
  if (allowedRoles?.includes(role)) return { ok: true, value: { to: name(to) } };
  if (allowedRoles) return { ok: false, refusal: { code: 'not_permitted', rule: 'actor_not_permitted' } };
  return { ok: false, refusal: { code: 'conflict', rule: 'no_such_transition' } };
}

const cases = STATES.flatMap(from => STATES.flatMap(to => ROLES.map(role => [from, to, role] as const)));

describe.each([
  ['the seed', seed, (s: string) => s],
  ['a framework with other state names', renamed, (s: string) => RENAMED[s]],
])('the lifecycle truth table of %s', (_name, framework, name) => {
  const lifecycle = lifecycleRoles(framework.lifecycle);

  it.each(cases)('%s -> %s as %s', (from, to, role) => {
    const decision = planTransition(
      lifecycle,
      { principal: 'user:default/x', roles: [role] },
      task(name(from)),
      { to: name(to), version: 3 },
    );
    expect(decision).toMatchObject(expectedOutcome(from, to, role, name));
  });

  it('refuses every move to a caller with no role (mapped to no agent), saying it only reads', () => {
    for (const [from, to] of Object.keys(WHO).map(k => k.split('->'))) {
      const decision = planTransition(lifecycle, { principal: 'user:default/nobody', roles: [] }, task(name(from)), {
        to: name(to),
        version: 3,
      });
      expect(decision).toMatchObject({ ok: false, refusal: { code: 'not_permitted', rule: 'read_only_caller' } });
    }
  });

  it('refuses an unknown target state as bad input, a stale version as stale', () => {
    expect(
      planTransition(lifecycle, { principal: 'p', roles: ['context_manager'] }, task(name('CREATED')), {
        to: 'NOWHERE',
        version: 3,
      }),
    ).toMatchObject({ ok: false, refusal: { code: 'invalid_input', rule: 'unknown_state' } });
    expect(
      planTransition(lifecycle, { principal: 'p', roles: ['context_manager'] }, task(name('CREATED')), {
        to: name('ASSIGNED'),
        version: 2,
      }),
    ).toMatchObject({ ok: false, refusal: { code: 'stale_version', sentVersion: 2 } });
  });

  it('needs an assignee before the assigned state', () => {
    const unassigned = { ...task(name('CREATED')), assignee: null };
    expect(
      planTransition(lifecycle, { principal: 'p', roles: ['context_manager'] }, unassigned, {
        to: name('ASSIGNED'),
        version: 3,
      }),
    ).toMatchObject({ ok: false, refusal: { code: 'conflict', rule: 'needs_assignee' } });
  });

  it('lets the assignee resume a block only when nothing blocks the task any more', () => {
    const blocked = task(name('BLOCKED'));
    const resume = { to: name('IN_PROGRESS'), version: 3 };
    const assignee = { principal: 'p', roles: ['assignee'] as ActorRole[] };
    const waitingOn = (dependencies: string[], holds: Array<{ type: string; id: string }> = []) => ({ dependencies, holds });
    expect(planTransition(lifecycle, assignee, blocked, resume, waitingOn(['t0']))).toMatchObject({
      ok: false,
      refusal: { code: 'conflict', rule: 'still_blocked', message: expect.stringContaining('t0') },
    });
    expect(planTransition(lifecycle, assignee, blocked, resume, waitingOn([], [{ type: 'conflict', id: 'c1' }]))).toMatchObject({
      ok: false,
      refusal: { rule: 'still_blocked', message: expect.stringContaining('conflict c1 holds it') },
    });
    expect(planTransition(lifecycle, assignee, blocked, resume, waitingOn([]))).toMatchObject({ ok: true });
    // The plugin itself releases a task when its dependencies are done; it is never refused here.
    expect(planTransition(lifecycle, { principal: 's', roles: ['system'] }, blocked, resume, waitingOn(['t0']))).toMatchObject({
      ok: true,
    });
  });

  it('marks exactly the moves that touch other tasks', () => {
    const cm = { principal: 'p', roles: ['context_manager', 'assignee'] as ActorRole[] };
    const plan = (from: string, to: string, deps: boolean) =>
      planTransition(
        lifecycle,
        cm,
        {
          ...task(name(from)),
          dependencies: deps
            ? [{ taskId: 'd', blocking: true, source: 'rule', timeout: '1h', deadlineAt: 'x', createdAt: 'x' }]
            : [],
        },
        { to: name(to), version: 3 },
      );
    const touches = (d: ReturnType<typeof plan>) => (d.ok ? d.value.involvesOtherTasks : undefined);
    expect(touches(plan('ASSIGNED', 'IN_PROGRESS', false))).toBe(false);
    expect(touches(plan('ASSIGNED', 'IN_PROGRESS', true))).toBe(true);
    expect(touches(plan('REVIEW', 'COMPLETED', false))).toBe(true);
    expect(touches(plan('IN_PROGRESS', 'FAILED', false))).toBe(true);
    expect(touches(plan('IN_PROGRESS', 'REVIEW', true))).toBe(false);
  });

  it('offers exactly the moves it would allow', () => {
    const lc = lifecycle;
    const offered = (state: string, roles: ActorRole[], dependencies: string[] = []) =>
      transitionsAllowed(lc, { principal: 'p', roles }, task(name(state)), { dependencies, holds: [] }).map(t => t.to);
    expect(offered('REVIEW', ['reviewer', 'any_agent'])).toEqual([name('COMPLETED'), name('IN_PROGRESS')]);
    expect(offered('BLOCKED', ['assignee'], ['dep'])).toEqual([name('FAILED')]);
    expect(offered('BLOCKED', ['assignee'])).toEqual([name('IN_PROGRESS'), name('FAILED')]);
    expect(offered('CREATED', [])).toEqual([]);
  });
});
