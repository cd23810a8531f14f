import {
  handoffChangeEvent,
  planOpenHandoff,
  type HandoffSnapshot,
  type OpenHandoffRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { randomUUID } from 'crypto';
import { refused } from '../../platform/changes/errors';
import { loadTasks } from '../../tasks/store/tasks';
import { insertHandoff } from '../store/handoffs';
import type { HandoffCommandContext } from './context';

/**
 * Opens a handoff at initiation; the tasks it blocks that are running now
 * are blocked in this transaction, the others when they start.
 */
export async function openHandoff(
  ctx: HandoffCommandContext,
  input: OpenHandoffRequest,
): Promise<HandoffSnapshot> {
  const named = [...(input.task ? [input.task] : []), ...(input.blocks ?? [])];
  const existing = await loadTasks(ctx.writer.tx, named);
  const planned = planOpenHandoff(ctx.framework, ctx.actor, input, {
    id: randomUUID(),
    now: ctx.writer.now,
    taskExists: id => existing.has(id),
  });
  if (!planned.ok) throw refused(planned.refusal);
  const handoff = planned.value;
  await insertHandoff(ctx.writer.tx, handoff);
  await ctx.writer.record(
    handoffChangeEvent(
      'handoff.opened',
      null,
      handoff,
      `${handoff.from} -> ${handoff.to}`,
    ),
  );
  if (handoff.blocks.length > 0)
    await ctx.tasks.hold(ctx.writer, handoff.blocks);
  return handoff;
}
