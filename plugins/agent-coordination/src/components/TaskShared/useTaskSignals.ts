import { useEffect, useRef } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';

/** The channel the backend publishes every committed task change on. @public */
export const TASK_SIGNAL_CHANNEL = 'agent-coordination:tasks';

/** One committed change, as the backend publishes it: ids and versions only. @public */
export interface TaskSignal {
  type: string;
  taskId: string;
  state: string | null;
  version: number | null;
}

function isTaskSignal(message: unknown): message is TaskSignal {
  const m = message as Partial<TaskSignal> | null;
  return !!m && typeof m.taskId === 'string' && typeof m.type === 'string';
}

/**
 * Calls `onSignal` for every task change. This is what useSignal does, but
 * useSignal keeps only the last message in React state: completing a task
 * publishes its own change and its dependents' auto-unblocks in one burst,
 * and batching would drop all but the last. Without a signals API (an app
 * without the signals plugin) nothing is called and views stay as loaded.
 * @public
 */
export function useTaskSignals(onSignal: (signal: TaskSignal) => void): {
  live: boolean;
} {
  const signals = useApiHolder().get(signalApiRef);
  const handler = useRef(onSignal);
  handler.current = onSignal;
  useEffect(() => {
    if (!signals) return undefined;
    const subscription = signals.subscribe(TASK_SIGNAL_CHANNEL, message => {
      if (isTaskSignal(message)) handler.current(message);
    });
    return () => subscription.unsubscribe();
  }, [signals]);
  return { live: !!signals };
}
