import type { SignalsService } from '@backstage/plugin-signals-node';
import type { NewEvent } from '../platform/store/events';
import type { ChangeListener } from '../platform/changes/ChangeAnnouncer';

/** The signals channel open task boards subscribe to. */
export const TASK_SIGNAL_CHANNEL = 'agent-coordination:tasks';

/** What a board receives: enough to patch a card in place or to refetch it when the version is newer than its own. */
export interface TaskSignal {
  [key: string]: string | number | null;
  type: string;
  taskId: string;
  state: string | null;
  version: number | null;
}

function toSignal(event: NewEvent): TaskSignal {
  const after = (event.after ?? {}) as { state?: unknown; version?: unknown };
  return {
    type: event.type,
    taskId: event.subject.id,
    state: typeof after.state === 'string' ? after.state : null,
    version: typeof after.version === 'number' ? after.version : null,
  };
}

/**
 * Broadcasts each committed task event. Task state is readable by every
 * signed-in user (list filtering aside, a board refetches through the
 * permission-checked API), so the message carries ids and versions only,
 * never titles or descriptions.
 */
export function publishTaskSignals(signals: SignalsService): ChangeListener {
  return async events => {
    for (const event of events) {
      if (event.subject.type !== 'task') continue;
      await signals.publish<TaskSignal>({
        recipients: { type: 'broadcast' },
        channel: TASK_SIGNAL_CHANNEL,
        message: toSignal(event),
      });
    }
  };
}
