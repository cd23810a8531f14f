import { useCoalescedSignals } from '../../hooks/useCoalescedSignals';

/** The channel the backend publishes every committed handoff change on. */
export const HANDOFF_SIGNAL_CHANNEL = 'agent-coordination:handoffs';

/** What a handoff signal carries: ids, agent keys and versions, never the content. */
export interface HandoffSignal {
  [key: string]: string | number | null;
  type: string;
  handoffId: string;
  from: string | null;
  to: string | null;
  stage: string | null;
  status: string | null;
  version: number | null;
}

/**
 * Calls `refresh` after handoff changes that `matches` (every change when
 * omitted), once per burst; what is shown is refetched through the API.
 */
export function useHandoffSignals(
  refresh: () => void,
  matches?: (signal: HandoffSignal) => boolean,
): void {
  useCoalescedSignals<HandoffSignal>(HANDOFF_SIGNAL_CHANNEL, refresh, matches);
}

/** Whether a signal is about a handoff to or from `agent` (a signal without parties may be). */
export function touchesAgent(signal: HandoffSignal, agent: string): boolean {
  if (!signal.from && !signal.to) return true;
  return signal.from === agent || signal.to === agent;
}
