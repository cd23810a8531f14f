import type { MessageSnapshot } from '../api';

/** The subject type of message events. @public */
export const MESSAGE_SUBJECT = 'message';

/** The event types of messages. @public */
export const MESSAGE_EVENTS = {
  /** A message was sent; `after` is it whole. */
  sent: 'message.sent',
  /** A recipient agent read it; `after` is the receipt. */
  read: 'message.read',
  /** A REQUEST got its first RESPONSE; the request before and after. */
  answered: 'message.answered',
  /** A REQUEST passed its response SLA unanswered; the request before and after. */
  overdue: 'message.overdue',
} as const;

/** @public */
export type MessageEventType =
  (typeof MESSAGE_EVENTS)[keyof typeof MESSAGE_EVENTS];

/** What a read receipt records: which recipient agent read the message, when. @public */
export interface MessageReceipt {
  agent: string;
  readAt: string;
}

interface Body<T extends string, B, A> {
  subject: { type: typeof MESSAGE_SUBJECT; id: string };
  type: T;
  before: B;
  after: A;
  reason: string | null;
}

/** An event about a message, as written. @public */
export type MessageEventBody =
  | Body<typeof MESSAGE_EVENTS.sent, null, MessageSnapshot>
  | Body<typeof MESSAGE_EVENTS.read, null, MessageReceipt>
  | Body<
      typeof MESSAGE_EVENTS.answered | typeof MESSAGE_EVENTS.overdue,
      MessageSnapshot,
      MessageSnapshot
    >;

/** The event of a sent message. @public */
export function messageSentEvent(message: MessageSnapshot): MessageEventBody {
  const to = message.to;
  return {
    subject: { type: MESSAGE_SUBJECT, id: message.id },
    type: MESSAGE_EVENTS.sent,
    before: null,
    after: message,
    reason: `${message.type} ${message.priority} from ${message.from} to ${to}: ${message.subject}`,
  };
}

/** The event of a recipient agent reading a message. @public */
export function messageReadEvent(
  id: string,
  receipt: MessageReceipt,
): MessageEventBody {
  return {
    subject: { type: MESSAGE_SUBJECT, id },
    type: MESSAGE_EVENTS.read,
    before: null,
    after: receipt,
    reason: `read by ${receipt.agent}`,
  };
}

/** The event of a change to a REQUEST (answered, flagged overdue). @public */
export function messageChangeEvent(
  type: typeof MESSAGE_EVENTS.answered | typeof MESSAGE_EVENTS.overdue,
  before: MessageSnapshot,
  after: MessageSnapshot,
  reason: string,
): MessageEventBody {
  return {
    subject: { type: MESSAGE_SUBJECT, id: after.id },
    type,
    before,
    after,
    reason,
  };
}
