import { useEffect, useRef } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';

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

// A broadcast and its reads arrive as a burst; one refetch shortly after the
// first covers every commit announced by then.
const COALESCE_MS = 250;

/**
 * Calls `refresh` after message changes that `matches` (every change when
 * omitted). The signal only says that something changed: what is shown is
 * refetched through the API, with the user's permissions.
 */
export function useMessageSignals(
  refresh: () => void,
  matches?: (signal: MessageSignal) => boolean,
): void {
  const { lastSignal } = useSignal<MessageSignal>(MESSAGE_SIGNAL_CHANNEL);
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
