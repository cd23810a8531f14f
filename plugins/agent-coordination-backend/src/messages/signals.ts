import type {
  MessageReceipt,
  MessageSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { SignalsService } from '@backstage/plugin-signals-node';
import type { ChangeListener } from '../platform/changes/ChangeAnnouncer';

/** The signals channel open inboxes and threads subscribe to. */
export const MESSAGE_SIGNAL_CHANNEL = 'agent-coordination:messages';

/**
 * Ids and agent keys only: an inbox whose agent is `to` (or any inbox, for
 * ALL) or `reader` refetches through the permission-checked API.
 */
export interface MessageSignal {
  [key: string]: string | number | null;
  type: string;
  messageId: string;
  from: string | null;
  to: string | null;
  threadId: string | null;
  /** The agent that read it, for message.read. */
  reader: string | null;
  version: number | null;
}

export function publishMessageSignals(signals: SignalsService): ChangeListener {
  return async events => {
    for (const event of events) {
      const after = (event.after ?? {}) as Partial<MessageSnapshot> &
        Partial<MessageReceipt>;
      const isReceipt = event.type === 'message.read';
      await signals.publish<MessageSignal>({
        recipients: { type: 'broadcast' },
        channel: MESSAGE_SIGNAL_CHANNEL,
        message: {
          type: event.type,
          messageId: event.subject.id,
          from:
            !isReceipt && typeof after.from === 'string' ? after.from : null,
          to: !isReceipt && typeof after.to === 'string' ? after.to : null,
          threadId:
            !isReceipt && typeof after.threadId === 'string'
              ? after.threadId
              : null,
          reader:
            isReceipt && typeof after.agent === 'string' ? after.agent : null,
          version:
            !isReceipt && typeof after.version === 'number'
              ? after.version
              : null,
        },
      });
    }
  };
}
