import { useEffect, useRef } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';

// A sweep escalating a hundred conflicts, or a broadcast and its reads,
// arrive as a burst; one refetch shortly after the first covers every
// commit announced by then.
const COALESCE_MS = 250;

/**
 * Calls `refresh` once shortly after changes on `channel` that `matches`
 * (every change when omitted). A signal only says that something changed:
 * what is shown is refetched through the API, with the user's permissions.
 *
 * It subscribes to the signal API rather than using `useSignal`, which keeps
 * only the last message in React state: in a burst, a matching signal
 * followed by one that does not match would otherwise be lost. Without a
 * signals API (an app without the signals plugin) nothing is called.
 */
export function useCoalescedSignals<T>(
  channel: string,
  refresh: () => void,
  matches?: (signal: T) => boolean,
): { live: boolean } {
  const signals = useApiHolder().get(signalApiRef);
  const latest = useRef({ refresh, matches });
  latest.current = { refresh, matches };
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    if (!signals) return undefined;
    const subscription = signals.subscribe(channel, message => {
      const { matches: filter } = latest.current;
      // The backend publishes T on this channel; the API types it as any JSON.
      if (filter && !filter(message as unknown as T)) return;
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = undefined;
        latest.current.refresh();
      }, COALESCE_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [signals, channel]);

  return { live: !!signals };
}
