import type {
  CoordinationEvent,
  TaskSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import { isDeepStrictEqual } from 'util';

/** Events that change a task; each carries the task before and after. */
const TASK_CHANGES = new Set([
  'task.created',
  'task.updated',
  'task.transitioned',
  'task.blocked',
  'task.unblocked',
  'task.dependency_added',
  'task.dependency_removed',
]);

/**
 * Rebuilds every task from the event log alone, in id order. Each change's
 * `before` must be exactly the state replayed so far: a change written
 * without its event, or an event out of order, breaks the chain and throws
 * instead of producing a plausible but wrong state. Events that change no
 * task (alerts) are skipped.
 */
export function replayTasks(events: CoordinationEvent[]): Map<string, TaskSnapshot> {
  const tasks = new Map<string, TaskSnapshot>();
  for (const event of events) {
    if (event.subject.type !== 'task' || !TASK_CHANGES.has(event.type)) continue;
    const id = event.subject.id;
    const current = tasks.get(id) ?? null;
    if (!isDeepStrictEqual(event.before, current)) {
      throw new Error(
        `event ${event.id} (${event.type} on task ${id}) does not follow the replayed state: expected before = ${JSON.stringify(
          current,
        )}, event has ${JSON.stringify(event.before)}`,
      );
    }
    tasks.set(id, event.after as TaskSnapshot);
  }
  return tasks;
}
