import {
  checkOpenConflict,
  planOpenConflict,
  type ConflictSnapshot,
  type OpenConflictRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { randomUUID } from 'crypto';
import { refused } from '../../platform/changes/errors';
import { loadTasks } from '../../tasks/store/tasks';
import { createConflictRow, type ConflictCommandContext } from './context';

/**
 * Opens a conflict at L1 with its deadline from the framework; the tasks it
 * blocks that are running now are blocked in this transaction, the others
 * when they start.
 */
export async function openConflict(
  ctx: ConflictCommandContext,
  input: OpenConflictRequest,
  changeSet: string | null = null,
): Promise<ConflictSnapshot> {
  const named = [...(input.subject?.tasks ?? []), ...(input.blocks ?? [])];
  const existing = await loadTasks(ctx.writer.tx, named);
  const checked = checkOpenConflict(ctx.framework, input, id => existing.has(id));
  if (!checked.ok) throw refused(checked.refusal);
  const planned = planOpenConflict(ctx.framework, ctx.actor, checked.value, {
    id: randomUUID(),
    now: ctx.writer.now,
    changeSet,
  });
  if (!planned.ok) throw refused(planned.refusal);
  await createConflictRow(ctx, planned.value);
  if (planned.value.blocks.length > 0) await ctx.tasks.hold(ctx.writer, planned.value.blocks);
  return planned.value;
}
