import fc from 'fast-check';
import {
  ActorRole,
  allowedTransitions,
  checkTransition,
  expandTransitions,
  LifecycleDefinition,
} from './lifecycle';

// Section 6.1 of the seed framework, with the actors the product assigns.
const seed: LifecycleDefinition = {
  states: [
    { name: 'CREATED', description: 'Task defined' },
    { name: 'ASSIGNED', description: 'Agent assigned' },
    { name: 'IN_PROGRESS', description: 'Active work' },
    { name: 'BLOCKED', description: 'Waiting on dependency' },
    { name: 'REVIEW', description: 'Under review' },
    { name: 'COMPLETED', description: 'Successfully done' },
    { name: 'FAILED', description: 'Requires intervention' },
  ],
  transitions: [
    {
      from: 'CREATED',
      to: 'ASSIGNED',
      trigger: 'Context manager assigns',
      actors: ['context_manager'],
    },
    {
      from: 'ASSIGNED',
      to: 'IN_PROGRESS',
      trigger: 'Agent begins work',
      actors: ['assignee'],
    },
    {
      from: 'IN_PROGRESS',
      to: 'BLOCKED',
      trigger: 'Dependency not met',
      actors: ['system', 'assignee'],
    },
    {
      from: 'BLOCKED',
      to: 'IN_PROGRESS',
      trigger: 'Dependency resolved',
      actors: ['system'],
    },
    {
      from: 'IN_PROGRESS',
      to: 'REVIEW',
      trigger: 'Work complete',
      actors: ['assignee'],
    },
    {
      from: 'REVIEW',
      to: 'COMPLETED',
      trigger: 'Approved',
      actors: ['reviewer', 'context_manager'],
    },
    {
      from: 'REVIEW',
      to: 'IN_PROGRESS',
      trigger: 'Changes requested',
      actors: ['reviewer', 'context_manager'],
    },
    {
      from: '*',
      to: 'FAILED',
      trigger: 'Unrecoverable error',
      actors: ['assignee', 'context_manager', 'system'],
    },
  ],
  initial: 'CREATED',
  terminal: ['COMPLETED', 'FAILED'],
};

const STATES = seed.states.map(s => s.name);
const ROLES: ActorRole[] = [
  'context_manager',
  'assignee',
  'reviewer',
  'system',
];
const FAIL_ACTORS: ActorRole[] = ['assignee', 'context_manager', 'system'];

/** The seed's transitions written out by hand: "from>to" -> [trigger, actors]. */
const expected = new Map<string, [string, ActorRole[]]>([
  ['CREATED>ASSIGNED', ['Context manager assigns', ['context_manager']]],
  ['ASSIGNED>IN_PROGRESS', ['Agent begins work', ['assignee']]],
  ['IN_PROGRESS>BLOCKED', ['Dependency not met', ['system', 'assignee']]],
  ['BLOCKED>IN_PROGRESS', ['Dependency resolved', ['system']]],
  ['IN_PROGRESS>REVIEW', ['Work complete', ['assignee']]],
  ['REVIEW>COMPLETED', ['Approved', ['reviewer', 'context_manager']]],
  [
    'REVIEW>IN_PROGRESS',
    ['Changes requested', ['reviewer', 'context_manager']],
  ],
  ['CREATED>FAILED', ['Unrecoverable error', FAIL_ACTORS]],
  ['ASSIGNED>FAILED', ['Unrecoverable error', FAIL_ACTORS]],
  ['IN_PROGRESS>FAILED', ['Unrecoverable error', FAIL_ACTORS]],
  ['BLOCKED>FAILED', ['Unrecoverable error', FAIL_ACTORS]],
  ['REVIEW>FAILED', ['Unrecoverable error', FAIL_ACTORS]],
  ['COMPLETED>FAILED', ['Unrecoverable error', FAIL_ACTORS]],
]);

describe('lifecycle', () => {
  it('expands the wildcard to every state except the target', () => {
    const expanded = expandTransitions(seed);
    expect(expanded).toHaveLength(7 + 6);
    expect(expanded.filter(t => t.wildcard).map(t => t.from)).toEqual([
      'CREATED',
      'ASSIGNED',
      'IN_PROGRESS',
      'BLOCKED',
      'REVIEW',
      'COMPLETED',
    ]);
    expect(expanded[0]).toEqual({
      from: 'CREATED',
      to: 'ASSIGNED',
      trigger: 'Context manager assigns',
      actors: ['context_manager'],
      wildcard: false,
    });
  });

  it('allows exactly the seed transitions, each exactly for its actors (all 49 pairs x 4 roles)', () => {
    let allowedCount = 0;
    for (const from of STATES) {
      for (const to of STATES) {
        const rule = expected.get(`${from}>${to}`);
        for (const role of ROLES) {
          const permitted = rule !== undefined && rule[1].includes(role);
          if (permitted) allowedCount++;
          const namesSource = expect.stringContaining(from);
          expect(checkTransition(seed, from, to, [role])).toEqual(
            permitted
              ? { allowed: true, trigger: rule[0] }
              : {
                  allowed: false,
                  code: rule ? 'actor_not_permitted' : 'no_such_transition',
                  message: namesSource,
                },
          );
        }
        const anyRole = checkTransition(seed, from, to, ROLES);
        expect(anyRole.allowed).toBe(rule !== undefined);
      }
    }
    // 1+1+2+1+1+2+2 explicit role grants plus 6 wildcard sources x 3 actors.
    expect(allowedCount).toBe(10 + 18);
  });

  it('lists allowed transitions per state and role', () => {
    expect(allowedTransitions(seed, 'REVIEW', ['reviewer'])).toEqual([
      { to: 'COMPLETED', trigger: 'Approved' },
      { to: 'IN_PROGRESS', trigger: 'Changes requested' },
    ]);
    expect(allowedTransitions(seed, 'REVIEW', ['context_manager'])).toEqual([
      { to: 'COMPLETED', trigger: 'Approved' },
      { to: 'IN_PROGRESS', trigger: 'Changes requested' },
      { to: 'FAILED', trigger: 'Unrecoverable error' },
    ]);
    expect(allowedTransitions(seed, 'IN_PROGRESS', ['assignee'])).toEqual([
      { to: 'BLOCKED', trigger: 'Dependency not met' },
      { to: 'REVIEW', trigger: 'Work complete' },
      { to: 'FAILED', trigger: 'Unrecoverable error' },
    ]);
    expect(allowedTransitions(seed, 'FAILED', ROLES)).toEqual([]);
    expect(allowedTransitions(seed, 'COMPLETED', ['reviewer'])).toEqual([]);
    expect(allowedTransitions(seed, 'DONE', ROLES)).toEqual([]);
    expect(allowedTransitions(seed, 'CREATED', [])).toEqual([]);
  });

  it('agrees with checkTransition for every state and role set', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        fc.subarray(ROLES),
        (state, roles) => {
          const allowed = allowedTransitions(seed, state, roles).map(t => t.to);
          for (const to of STATES) {
            expect(checkTransition(seed, state, to, roles).allowed).toBe(
              allowed.includes(to),
            );
          }
        },
      ),
    );
  });

  it('explains a refused actor, naming the rule and the caller', () => {
    expect(checkTransition(seed, 'REVIEW', 'COMPLETED', ['assignee'])).toEqual({
      allowed: false,
      code: 'actor_not_permitted',
      message:
        'transition REVIEW -> COMPLETED ("Approved") may be triggered by reviewer, context_manager; caller acts as assignee',
    });
    expect(checkTransition(seed, 'CREATED', 'ASSIGNED', [])).toEqual({
      allowed: false,
      code: 'actor_not_permitted',
      message:
        'transition CREATED -> ASSIGNED ("Context manager assigns") may be triggered by context_manager; caller acts as none',
    });
  });

  it('explains a missing transition with the allowed targets', () => {
    expect(checkTransition(seed, 'COMPLETED', 'REVIEW', ['reviewer'])).toEqual({
      allowed: false,
      code: 'no_such_transition',
      message:
        'no transition from COMPLETED to REVIEW: allowed targets from COMPLETED are FAILED',
    });
    expect(checkTransition(seed, 'FAILED', 'CREATED', ROLES)).toEqual({
      allowed: false,
      code: 'no_such_transition',
      message:
        'no transition from FAILED to CREATED: allowed targets from FAILED are none',
    });
    expect(
      checkTransition(seed, 'IN_PROGRESS', 'IN_PROGRESS', ROLES),
    ).toMatchObject({
      code: 'no_such_transition',
      message:
        'no transition from IN_PROGRESS to IN_PROGRESS: allowed targets from IN_PROGRESS are BLOCKED, REVIEW, FAILED',
    });
  });

  it('names unknown states, source or target, and lists the known ones', () => {
    const message =
      "unknown state 'DONE': states are CREATED, ASSIGNED, IN_PROGRESS, BLOCKED, REVIEW, COMPLETED, FAILED";
    expect(checkTransition(seed, 'DONE', 'FAILED', ROLES)).toEqual({
      allowed: false,
      code: 'unknown_state',
      message,
    });
    expect(checkTransition(seed, 'REVIEW', 'DONE', ROLES)).toEqual({
      allowed: false,
      code: 'unknown_state',
      message,
    });
  });

  it('lets a caller with several roles through on any of them', () => {
    expect(
      checkTransition(seed, 'BLOCKED', 'IN_PROGRESS', ['assignee', 'system']),
    ).toEqual({ allowed: true, trigger: 'Dependency resolved' });
  });
});
