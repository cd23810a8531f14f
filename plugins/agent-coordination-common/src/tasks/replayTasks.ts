import type { TaskSnapshot } from '../api';
import { isDeepStrictEqualJson } from './jsonEqual';
import { isTaskChange, TASK_SUBJECT } from './taskEvents';

/** The part of a logged event replay looks at. @public */
export interface ReplayableEvent {
  id: number;
  type: string;
  subject: { type: string; id: string };
  before: unknown;
  after: unknown;
}

/**
 * One task's state after `event`, from its state before it. A change's
 * `before` must be exactly the state so far: a change written without its
 * event, or an event out of order, breaks the chain and throws instead of
 * producing a plausible but wrong state. Events that change no task
 * (alerts) and events about other subjects leave it as it was.
 * @public
 */
export function evolveTask(current: TaskSnapshot | null, event: ReplayableEvent): TaskSnapshot | null {
  if (event.subject.type !== TASK_SUBJECT || !isTaskChange(event.type)) return current;
  if (!isDeepStrictEqualJson(event.before, current)) {
    throw new Error(
      `event ${event.id} (${event.type} on task ${event.subject.id}) does not follow the replayed state: expected before = ${JSON.stringify(
        current,
      )}, event has ${JSON.stringify(event.before)}`,
    );
  }
  return event.after as TaskSnapshot;
}

/** Every task rebuilt from the event log alone, events in commit (id) order. @public */
export function replayTasks(events: ReplayableEvent[]): Map<string, TaskSnapshot> {
  const tasks = new Map<string, TaskSnapshot>();
  for (const event of events) {
    if (event.subject.type !== TASK_SUBJECT || !isTaskChange(event.type)) continue;
    const id = event.subject.id;
    tasks.set(id, evolveTask(tasks.get(id) ?? null, event)!);
  }
  return tasks;
}
