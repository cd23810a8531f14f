import { overdueAlerts } from './overdueAlerts';

const states = { done: 'COMPLETED', terminal: ['COMPLETED', 'FAILED'] };
const base = {
  taskId: 'b',
  dependsOnId: 'a',
  timeout: '4h',
  deadlineAt: '2026-01-01T04:00:00.000Z',
  taskState: 'BLOCKED',
  dependsOnState: 'IN_PROGRESS',
};

describe('overdueAlerts', () => {
  it('alerts at the deadline, saying by how much it is late', () => {
    expect(overdueAlerts([base], new Date('2026-01-01T03:59:59.999Z'), states)).toEqual([]);
    const [alert] = overdueAlerts([base], new Date('2026-01-01T05:30:00.000Z'), states);
    expect(alert).toEqual({
      taskId: 'b',
      dependsOnId: 'a',
      after: {
        dependsOnId: 'a',
        dependsOnState: 'IN_PROGRESS',
        timeout: '4h',
        deadlineAt: '2026-01-01T04:00:00.000Z',
        overdueBy: '90m',
      },
      reason:
        'blocking dependency a is still IN_PROGRESS 4h after it was added (deadline 2026-01-01T04:00:00.000Z)',
    });
  });

  it('stays quiet when the work is done or the waiting task is finished', () => {
    const late = new Date('2026-02-01T00:00:00.000Z');
    expect(overdueAlerts([{ ...base, dependsOnState: 'COMPLETED' }], late, states)).toEqual([]);
    expect(overdueAlerts([{ ...base, taskState: 'FAILED' }], late, states)).toEqual([]);
  });
});
