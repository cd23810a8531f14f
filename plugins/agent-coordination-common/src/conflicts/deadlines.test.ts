import fc from 'fast-check';
import { seed, seedWith } from '../__testUtils__/seed';
import { parseFramework } from '../framework/parseFramework';
import { levelDeadline, levelTime, nextLevel, overdueStep, resolveBy } from './deadlines';

const HOUR = 3600_000;

describe('conflict deadlines', () => {
  it.each([
    ['technical', 'code_merge', 4],
    ['design', 'architecture', 24],
    ['technical', 'security', 2],
    ['priority', 'priority', 4],
    ['priority', 'resource', 8],
    ['technical', null, 4],
    ['design', null, 24],
    ['priority', null, 2],
    // "Immediate": each level gets conflictPolicy.immediateResponse.
    ['ownership', null, 1],
  ] as const)('gives a %s conflict of category %p %ph a level', (type, category, hours) => {
    expect(levelTime(seed, { type, category })).toBe(hours * HOUR);
    const opened = new Date('2026-01-01T00:00:00.000Z');
    expect(levelDeadline(seed, { type, category }, opened).getTime()).toBe(opened.getTime() + hours * HOUR);
    expect(resolveBy(seed, { type, category, openedAt: opened.toISOString() }).getTime()).toBe(opened.getTime() + 3 * hours * HOUR);
  });

  it('names the next level, and none past L3', () => {
    expect([nextLevel('L1'), nextLevel('L2'), nextLevel('L3')]).toEqual(['L2', 'L3', null]);
  });

  const open = (over: object = {}) => ({
    type: 'technical',
    category: 'security',
    status: 'open',
    level: 'L1' as const,
    deadlineAt: '2026-01-01T02:00:00.000Z',
    breachedAt: null as string | null,
    dueAt: '2026-01-01T02:00:00.000Z',
    ...over,
  });

  it('escalates a level past its deadline, the next level starting now', () => {
    const now = new Date('2026-01-01T02:00:30.000Z');
    expect(overdueStep(seed, open(), new Date('2026-01-01T01:59:59.999Z'))).toBeNull();
    expect(overdueStep(seed, open(), now)).toEqual({
      kind: 'escalate',
      to: 'L2',
      levelEnteredAt: now.toISOString(),
      deadlineAt: '2026-01-01T04:00:30.000Z',
      dueAt: '2026-01-01T04:00:30.000Z',
    });
  });

  it('breaches L3 past its deadline, then reminds every breachReminder while open', () => {
    const now = new Date('2026-01-01T06:10:00.000Z');
    const l3 = open({ level: 'L3', deadlineAt: '2026-01-01T06:00:00.000Z', dueAt: '2026-01-01T06:00:00.000Z' });
    expect(overdueStep(seed, l3, now)).toEqual({
      kind: 'breach',
      breachedAt: '2026-01-01T06:00:00.000Z',
      dueAt: '2026-01-01T07:10:00.000Z',
    });
    const breached = { ...l3, breachedAt: '2026-01-01T06:00:00.000Z', dueAt: '2026-01-01T07:10:00.000Z' };
    expect(overdueStep(seed, breached, now)).toBeNull();
    expect(overdueStep(seed, breached, new Date('2026-01-01T07:10:00.000Z'))).toEqual({
      kind: 'remind',
      dueAt: '2026-01-01T08:10:00.000Z',
    });
    expect(overdueStep(seed, { ...breached, status: 'resolved' }, new Date('2027-01-01T00:00:00.000Z'))).toBeNull();
  });

  it('takes short SLAs in seconds, for demonstrations and tests', () => {
    const quick = parseFramework(
      seedWith(doc => {
        doc.escalationMatrix.find((r: any) => r.id === 'code_merge').sla = '30s';
      }),
      'quick.yaml',
    );
    expect(levelTime(quick, { type: 'technical', category: 'code_merge' })).toBe(30_000);
  });

  it('always moves the next sweep into the future, so a sweep ends', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('L1', 'L2', 'L3' as const),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 * 24 * 3600 }),
        (level, breached, lateSeconds) => {
          const c = open({ level, breachedAt: breached ? '2026-01-01T00:00:00.000Z' : null });
          const now = new Date(Date.parse(c.dueAt) + lateSeconds * 1000);
          const step = overdueStep(seed, c, now)!;
          return Date.parse(step.dueAt) > now.getTime();
        },
      ),
    );
  });
});
