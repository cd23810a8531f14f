import { conflictError, exampleConflict } from '../../__testUtils__/conflicts';
import { describeChanges, refusalCodeOf, staleConflictOf } from './conflictErrors';

describe('staleConflictOf', () => {
  it('reads the current conflict out of a stale-version answer', async () => {
    const current = exampleConflict({ version: 3 });
    const error = await conflictError(409, 'Conflict', 'ConflictError', 'stale', {
      code: 'stale_version',
      conflict: current,
    });
    expect(staleConflictOf(error)).toEqual(current);
    expect(refusalCodeOf(error)).toBe('stale_version');
  });

  it('finds none in another refusal', async () => {
    const error = await conflictError(409, 'Conflict', 'ConflictError', 'resolved already', {
      code: 'already_resolved',
    });
    expect(staleConflictOf(error)).toBeUndefined();
    expect(staleConflictOf(new Error('x'))).toBeUndefined();
  });
});

describe('describeChanges', () => {
  it('names an escalation, a breach and new votes', () => {
    const before = exampleConflict({ level: 'L2' });
    const after = exampleConflict({
      level: 'L3',
      version: 3,
      breachedAt: '2025-03-02T00:00:00.000Z',
      votes: [{ agent: 'network_engineer', position: 'Keep /16', rationale: null, at: 'x' }],
    });
    expect(describeChanges(before, after, k => k.toUpperCase())).toEqual([
      'it moved from L2 to L3 (Tech Lead decides now)',
      'its SLA was breached',
      'NETWORK_ENGINEER voted "Keep /16"',
    ]);
  });

  it('names a resolution', () => {
    const after = exampleConflict({
      status: 'resolved',
      version: 2,
      resolution: {
        decision: 'Split the CIDR',
        rationale: 'r',
        by: 'consensus',
        byAgent: null,
        via: 'consensus',
        at: 'x',
      },
    });
    expect(describeChanges(exampleConflict(), after)).toEqual([
      'it was resolved: "Split the CIDR"',
    ]);
  });

  it('falls back to the version', () => {
    expect(describeChanges(exampleConflict(), exampleConflict({ version: 2 }))).toEqual([
      'it is now at version 2 (you saw 1)',
    ]);
  });
});
