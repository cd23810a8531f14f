import {
  describeMessage,
  messageReadEvent,
  planMarkRead,
  type Message,
} from '@agent-coordination/plugin-agent-coordination-common';
import { refused, StaleWrite } from '../../platform/changes/errors';
import { isUniqueViolation } from '../../platform/store/idempotency';
import { countRead } from '../store/counts';
import { insertReceipt, readTimes } from '../store/reads';
import {
  messageSubject,
  requireMessage,
  type MessageCommandContext,
} from './context';

/**
 * A recipient agent marks a message read: one receipt per message and
 * agent, and its event; read again, nothing changes. Two requests of the
 * same agent at once: the second's insert meets the first's receipt, which
 * is a stale write the change runner runs again, and then it has been read.
 */
export async function markMessageRead(
  ctx: MessageCommandContext,
  id: string,
): Promise<Message> {
  const message = await requireMessage(ctx.writer.tx, id);
  const agent = ctx.actor.agent?.key;
  const before = agent
    ? (await readTimes(ctx.writer.tx, agent, [id])).get(id)
    : undefined;
  const planned = planMarkRead(ctx.framework, ctx.actor, message, {
    now: ctx.writer.now,
    readBefore: before !== undefined,
  });
  if (!planned.ok) throw refused(planned.refusal);
  const receipt = planned.value;
  if (!receipt) return describeMessage(message, before ?? null, ctx.writer.now);
  try {
    await insertReceipt(ctx.writer.tx, {
      message_id: id,
      agent: receipt.agent,
      read_at: receipt.readAt,
      read_by: ctx.actor.principal,
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new StaleWrite(messageSubject(id), message.version);
    throw error;
  }
  // Only here, past the insert: a read again inserts nothing and so counts nothing.
  await countRead(ctx.writer.tx, receipt.agent, message);
  await ctx.writer.record(messageReadEvent(id, receipt));
  return describeMessage(message, receipt.readAt, ctx.writer.now);
}
