import { useEffect, useRef } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';

/** The channel the backend publishes every committed conflict change on. */
export const CONFLICT_SIGNAL_CHANNEL = 'agent-coordination:conflicts';

/** What a conflict signal carries: ids and versions, never the conflict itself. */
export interface ConflictSignal {
  [key: string]: string | number | null;
  type: string;
  conflictId: string;
  level: string | null;
  status: string | null;
  version: number | null;
}

// A sweep escalating a hundred conflicts sends a hundred signals; one
// refetch shortly after the first covers every commit announced by then.
const COALESCE_MS = 250;

/**
 * Calls `refresh` after conflict changes that `matches` (every change when
 * omitted). The signal only says that something changed: what is shown is
 * refetched through the API, with the user's permissions.
 */
export function useConflictSignals(
  refresh: () => void,
  matches?: (signal: ConflictSignal) => boolean,
): void {
  const { lastSignal } = useSignal<ConflictSignal>(CONFLICT_SIGNAL_CHANNEL);
  const latest = useRef({ refresh, matches });
  latest.current = { refresh, matches };
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    if (!lastSignal) return;
    const { matches: filter } = latest.current;
    if (filter && !filter(lastSignal)) return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      latest.current.refresh();
    }, COALESCE_MS);
  }, [lastSignal]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
