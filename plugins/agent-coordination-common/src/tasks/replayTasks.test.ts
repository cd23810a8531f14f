import type { CoordinationEvent } from '../api';
import { replayTasks } from './replayTasks';

function event(id: number, type: string, before: unknown, after: unknown): CoordinationEvent {
  return {
    id,
    type,
    actor: 'user:default/cm',
    actorAgent: 'context_manager',
    subject: { type: 'task', id: 't1' },
    before,
    after,
    reason: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const v1 = { id: 't1', title: 'a', version: 1 };
const v2 = { id: 't1', title: 'b', version: 2 };

describe('replayTasks', () => {
  it('applies each change in order and skips events that change no task', () => {
    const tasks = replayTasks([
      event(1, 'task.created', null, v1),
      event(2, 'dependency.overdue', null, { dependsOnId: 'x' }),
      event(3, 'task.updated', v1, v2),
    ]);
    expect(tasks.get('t1')).toEqual(v2);
  });

  it('refuses a log with a missing change', () => {
    const v3 = { ...v2, version: 3 };
    expect(() =>
      replayTasks([event(1, 'task.created', null, v1), event(3, 'task.updated', v2, v3)]),
    ).toThrow('event 3 (task.updated on task t1) does not follow the replayed state');
  });

  it('refuses a task created twice', () => {
    expect(() =>
      replayTasks([event(1, 'task.created', null, v1), event(2, 'task.created', null, v1)]),
    ).toThrow('event 2');
  });
});
