import {
  MESSAGE_EVENTS,
  messageChangeEvent,
  messageSentEvent,
  planAnswer,
  planSendMessage,
  type MessageSnapshot,
  type SendMessageRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { randomUUID } from 'crypto';
import { refused, StaleWrite } from '../../platform/changes/errors';
import { countSent } from '../store/counts';
import { insertMessage, loadMessage, updateMessage } from '../store/messages';
import { messageSubject, type MessageCommandContext } from './context';

/**
 * Sends a message: one row whoever it reaches (a broadcast too), its
 * event, and the inbox counters. A RESPONSE marks the REQUEST it answers answered, in the same
 * transaction, conditional on the request's version: an overdue flag or
 * another answer committed meanwhile makes it a stale write, and the change
 * runner runs the send again against the request as it is now.
 */
export async function sendMessage(
  ctx: MessageCommandContext,
  input: SendMessageRequest,
): Promise<MessageSnapshot> {
  const correlated =
    input.correlationId === undefined
      ? undefined
      : await loadMessage(ctx.writer.tx, input.correlationId);
  const planned = planSendMessage(ctx.framework, ctx.actor, input, {
    id: randomUUID(),
    now: ctx.writer.now,
    correlated,
  });
  if (!planned.ok) throw refused(planned.refusal);
  const message = planned.value;
  await insertMessage(ctx.writer.tx, message);
  await ctx.writer.record(messageSentEvent(message));
  if (message.type === 'RESPONSE' && correlated) {
    const answered = planAnswer(correlated, message);
    if (answered) {
      if (!(await updateMessage(ctx.writer.tx, correlated, answered))) {
        throw new StaleWrite(messageSubject(correlated.id), correlated.version);
      }
      await ctx.writer.record(
        messageChangeEvent(
          MESSAGE_EVENTS.answered,
          correlated,
          answered,
          `answered by ${message.from} in RESPONSE ${message.id}${
            correlated.overdueAt ? ' (after it was flagged overdue)' : ''
          }`,
        ),
      );
    }
  }
  // Last, so the counter rows (one shared by every broadcast of a priority) stay locked for the commit only.
  await countSent(ctx.writer.tx, message);
  return message;
}
