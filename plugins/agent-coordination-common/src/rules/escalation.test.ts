import fc from 'fast-check';
import {
  ConflictState,
  ConflictTypeRule,
  EscalationMatrixRow,
  escalationDeadline,
  isBreached,
} from './escalation';

const H = 3_600_000;

// Sections 4.1 and 4.2 of the seed framework.
const types: ConflictTypeRule[] = [
  {
    id: 'technical_conflicts',
    levels: [
      { level: 'L1', resolver: 'Agent consensus (2+ agree)' },
      { level: 'L2', resolver: 'Context manager decision' },
      { level: 'L3', resolver: 'Technical review board' },
    ],
    escalationTime: '4h',
  },
  {
    id: 'design_conflicts',
    levels: [
      { level: 'L1', resolver: 'Working group discussion' },
      { level: 'L2', resolver: 'Architecture review' },
      { level: 'L3', resolver: 'Platform steering committee' },
    ],
    escalationTime: '1d',
  },
  {
    id: 'priority_conflicts',
    levels: [
      { level: 'L1', resolver: 'Context manager prioritization' },
      { level: 'L2', resolver: 'Business value assessment' },
      { level: 'L3', resolver: 'Executive decision' },
    ],
    escalationTime: '2h',
  },
  {
    id: 'ownership_conflicts',
    levels: [
      { level: 'L1', resolver: 'Primary owner decision' },
      { level: 'L2', resolver: 'Shared ownership agreement' },
    ],
    escalationTime: 'Immediate',
  },
];

const row = (
  id: string,
  name: string,
  conflictType: string,
  L1: string,
  L2: string,
  L3: string,
  sla: string,
): EscalationMatrixRow => ({
  id,
  name,
  conflictType,
  authorities: { L1, L2, L3 },
  sla,
});

const matrix: EscalationMatrixRow[] = [
  row(
    'code_merge',
    'Code Merge',
    'technical_conflicts',
    'Agents',
    'Context Manager',
    'Tech Lead',
    '4h',
  ),
  row(
    'architecture',
    'Architecture',
    'design_conflicts',
    'Architect',
    'Review Board',
    'CTO',
    '24h',
  ),
  row(
    'security',
    'Security',
    'technical_conflicts',
    'Security Spec',
    'CISO',
    'Executive',
    '2h',
  ),
  row(
    'priority',
    'Priority',
    'priority_conflicts',
    'Context Mgr',
    'Product Owner',
    'Executive',
    '4h',
  ),
  row(
    'resource',
    'Resource',
    'priority_conflicts',
    'Context Mgr',
    'Finance',
    'Executive',
    '8h',
  ),
];

const T0 = new Date('2025-03-01T09:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * H);

const conflict = (over: Partial<ConflictState>): ConflictState => ({
  type: 'technical_conflicts',
  level: 'L1',
  openedAt: T0,
  levelEnteredAt: T0,
  ...over,
});

describe('escalationDeadline', () => {
  it('uses the type escalation time and resolver without a category', () => {
    expect(escalationDeadline(conflict({}), types, matrix)).toEqual({
      escalateAt: at(4),
      nextLevel: 'L2',
      resolveBy: null,
      authority: 'Agent consensus (2+ agree)',
    });
  });

  it('uses the matrix authority and SLA with a category', () => {
    expect(
      escalationDeadline(conflict({ category: 'code_merge' }), types, matrix),
    ).toEqual({
      escalateAt: at(4),
      nextLevel: 'L2',
      resolveBy: at(12),
      authority: 'Agents',
    });
    expect(
      escalationDeadline(
        conflict({ type: 'design_conflicts', category: 'architecture' }),
        types,
        matrix,
      ),
    ).toEqual({
      escalateAt: at(24),
      nextLevel: 'L2',
      resolveBy: at(72),
      authority: 'Architect',
    });
  });

  it('keeps the type time when it is inside the level SLA window', () => {
    expect(
      escalationDeadline(
        conflict({
          type: 'priority_conflicts',
          category: 'resource',
          level: 'L2',
          levelEnteredAt: at(1),
        }),
        types,
        matrix,
      ),
    ).toEqual({
      escalateAt: at(3),
      nextLevel: 'L3',
      resolveBy: at(24),
      authority: 'Finance',
    });
  });

  it('caps the type time at openedAt + sla x level', () => {
    // 6h + 4h = 10h would overrun the L2 window, which closes at 2 x 4h.
    expect(
      escalationDeadline(
        conflict({
          category: 'code_merge',
          level: 'L2',
          levelEnteredAt: at(6),
        }),
        types,
        matrix,
      ).escalateAt,
    ).toEqual(at(8));
    // Security's 2h SLA is tighter than design's 1d per level.
    expect(
      escalationDeadline(
        conflict({ type: 'design_conflicts', category: 'security' }),
        types,
        matrix,
      ).escalateAt,
    ).toEqual(at(2));
  });

  it('is due at once when the level is entered after its SLA window closed', () => {
    const late = conflict({
      type: 'design_conflicts',
      category: 'security',
      level: 'L2',
      levelEnteredAt: at(30),
    });
    expect(escalationDeadline(late, types, matrix)).toEqual({
      escalateAt: at(30),
      nextLevel: 'L3',
      resolveBy: at(6),
      authority: 'CISO',
    });
  });

  it('reports no next level at L3, where escalateAt is the final breach time', () => {
    expect(
      escalationDeadline(
        conflict({
          level: 'L3',
          levelEnteredAt: at(8),
          category: 'code_merge',
        }),
        types,
        matrix,
      ),
    ).toEqual({
      escalateAt: at(12),
      nextLevel: null,
      resolveBy: at(12),
      authority: 'Tech Lead',
    });
  });

  it("treats 'Immediate' as zero and falls back to null when the type has no resolver", () => {
    const c = conflict({
      type: 'ownership_conflicts',
      level: 'L3',
      levelEnteredAt: at(5),
    });
    expect(escalationDeadline(c, types, matrix)).toEqual({
      escalateAt: at(5),
      nextLevel: null,
      resolveBy: null,
      authority: null,
    });
  });

  it('names unknown types and categories and lists the known ones', () => {
    expect(() =>
      escalationDeadline(conflict({ type: 'merge' }), types, matrix),
    ).toThrow(
      "unknown conflict type 'merge': known types are technical_conflicts, design_conflicts, priority_conflicts, ownership_conflicts",
    );
    expect(() =>
      escalationDeadline(conflict({ category: 'Code Merge' }), types, matrix),
    ).toThrow(
      "unknown escalation category 'Code Merge': known categories are code_merge, architecture, security, priority, resource",
    );
    expect(() => escalationDeadline(conflict({}), [], [])).toThrow(
      "unknown conflict type 'technical_conflicts': known types are (none)",
    );
  });

  it('rejects invalid dates and malformed durations', () => {
    expect(() =>
      escalationDeadline(
        conflict({ openedAt: new Date('nope') }),
        types,
        matrix,
      ),
    ).toThrow('invalid openedAt: expected a valid Date');
    const broken = [{ ...types[0], escalationTime: '4 hours' }];
    expect(() => escalationDeadline(conflict({}), broken, matrix)).toThrow(
      "invalid duration '4 hours'",
    );
  });
});

describe('isBreached', () => {
  it('is breached strictly after escalateAt', () => {
    const c = conflict({ category: 'code_merge' });
    expect(isBreached(c, types, matrix, at(3))).toBe(false);
    expect(isBreached(c, types, matrix, at(4))).toBe(false);
    expect(isBreached(c, types, matrix, new Date(at(4).getTime() + 1))).toBe(
      true,
    );
  });

  it('breaches an immediate conflict as soon as time moves on', () => {
    const c = conflict({ type: 'ownership_conflicts' });
    expect(isBreached(c, types, matrix, T0)).toBe(false);
    expect(isBreached(c, types, matrix, new Date(T0.getTime() + 1))).toBe(true);
  });
});

describe('escalation properties', () => {
  const arb = fc.record({
    type: fc.constantFrom(...types.map(t => t.id)),
    category: fc.option(fc.constantFrom(...matrix.map(r => r.id)), {
      nil: undefined,
    }),
    level: fc.constantFrom('L1' as const, 'L2' as const, 'L3' as const),
    opened: fc.integer({ min: 0, max: 100 * H }),
    delay1: fc.integer({ min: 0, max: 100 * H }),
    delay2: fc.integer({ min: 0, max: 100 * H }),
  });

  it('escalateAt is never before levelEnteredAt and is monotone in it', () => {
    fc.assert(
      fc.property(arb, ({ type, category, level, opened, delay1, delay2 }) => {
        const base = T0.getTime() + opened;
        const [d1, d2] = delay1 <= delay2 ? [delay1, delay2] : [delay2, delay1];
        const mk = (d: number) =>
          escalationDeadline(
            {
              type,
              category,
              level,
              openedAt: new Date(base),
              levelEnteredAt: new Date(base + d),
            },
            types,
            matrix,
          );
        const a = mk(d1);
        const b = mk(d2);
        expect(a.escalateAt.getTime()).toBeGreaterThanOrEqual(base + d1);
        expect(b.escalateAt.getTime()).toBeGreaterThanOrEqual(base + d2);
        expect(a.escalateAt.getTime()).toBeLessThanOrEqual(
          b.escalateAt.getTime(),
        );
      }),
    );
  });

  it('with a category, a level entered in time escalates within its SLA window', () => {
    fc.assert(
      fc.property(arb, ({ type, category, level, delay1 }) => {
        fc.pre(category !== undefined);
        const k = { L1: 1, L2: 2, L3: 3 }[level];
        const sla =
          {
            code_merge: 4,
            architecture: 24,
            security: 2,
            priority: 4,
            resource: 8,
          }[category!]! * H;
        fc.pre(delay1 <= sla * k);
        const d = escalationDeadline(
          {
            type,
            category,
            level,
            openedAt: T0,
            levelEnteredAt: new Date(T0.getTime() + delay1),
          },
          types,
          matrix,
        );
        expect(d.escalateAt.getTime()).toBeLessThanOrEqual(
          T0.getTime() + sla * k,
        );
        expect(d.resolveBy!.getTime()).toBe(T0.getTime() + sla * 3);
      }),
    );
  });

  it('isBreached agrees with escalateAt', () => {
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: -10 * H, max: 200 * H }),
        (c, offset) => {
          const state: ConflictState = {
            type: c.type,
            category: c.category,
            level: c.level,
            openedAt: T0,
            levelEnteredAt: new Date(T0.getTime() + c.delay1),
          };
          const now = new Date(T0.getTime() + offset);
          const { escalateAt } = escalationDeadline(state, types, matrix);
          expect(isBreached(state, types, matrix, now)).toBe(
            now.getTime() > escalateAt.getTime(),
          );
        },
      ),
    );
  });
});
