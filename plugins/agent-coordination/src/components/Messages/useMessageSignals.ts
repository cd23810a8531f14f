import { useCoalescedSignals } from '../../hooks/useCoalescedSignals';

/** The channel the backend publishes every committed message change on. */
export const MESSAGE_SIGNAL_CHANNEL = 'agent-coordination:messages';

/** What a message signal carries: ids and agent keys, never the message itself. */
export interface MessageSignal {
  [key: string]: string | number | null;
  /** message.sent, message.read, message.answered, message.overdue, ... */
  type: string;
  messageId: string;
  from: string | null;
  to: string | null;
  threadId: string | null;
  /** The agent that read it, for message.read. */
  reader: string | null;
  version: number | null;
}

/**
 * Calls `refresh` after message changes that `matches` (every change when
 * omitted), once per burst; what is shown is refetched through the API.
 */
export function useMessageSignals(
  refresh: () => void,
  matches?: (signal: MessageSignal) => boolean,
): void {
  useCoalescedSignals<MessageSignal>(MESSAGE_SIGNAL_CHANNEL, refresh, matches);
}

/**
 * Whether a signal may change `agent`'s inbox: a message to it or to the
 * broadcast recipient, or a read by it. Any other change (an answer, an
 * overdue flag) carries no reader, so every inbox refetches.
 */
export function touchesInbox(
  signal: MessageSignal,
  agent: string,
  broadcastRecipient: string,
): boolean {
  if (signal.reader) return signal.reader === agent;
  if (signal.to) return signal.to === agent || signal.to === broadcastRecipient;
  return true;
}
