import { useCoalescedSignals } from '../../hooks/useCoalescedSignals';

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

/**
 * Calls `refresh` after conflict changes that `matches` (every change when
 * omitted), once per burst; what is shown is refetched through the API.
 */
export function useConflictSignals(
  refresh: () => void,
  matches?: (signal: ConflictSignal) => boolean,
): void {
  useCoalescedSignals<ConflictSignal>(
    CONFLICT_SIGNAL_CHANNEL,
    refresh,
    matches,
  );
}
