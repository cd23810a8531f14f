import {
  planResolveConflict,
  type ConflictSnapshot,
  type ResolveConflictRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { decided, requireConflict, saveConflict, type ConflictCommandContext } from './context';

/** A decision by a holder of the level's authority; the tasks the conflict blocked are released with it. */
export async function resolveConflict(
  ctx: ConflictCommandContext,
  id: string,
  input: ResolveConflictRequest,
): Promise<ConflictSnapshot> {
  const conflict = await requireConflict(ctx.writer.tx, id);
  const resolution = decided(planResolveConflict(ctx.framework, ctx.actor, conflict, input, ctx.writer.now), id);
  const resolved = await saveConflict(
    ctx,
    'conflict.resolved',
    conflict,
    { status: 'resolved', resolution },
    `${conflict.level} decided: ${resolution.decision}`,
  );
  if (resolved.blocks.length > 0) {
    await ctx.tasks.release(ctx.writer, resolved.blocks, `conflict ${id} resolved`);
  }
  return resolved;
}
