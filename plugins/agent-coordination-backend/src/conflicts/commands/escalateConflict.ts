import {
  authorityAt,
  planEscalateConflict,
  type ConflictSnapshot,
  type EscalateConflictRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { decided, requireConflict, saveConflict, type ConflictCommandContext } from './context';

/** Escalation by hand, with the caller's reason: the next level starts now. */
export async function escalateConflict(
  ctx: ConflictCommandContext,
  id: string,
  input: EscalateConflictRequest,
): Promise<ConflictSnapshot> {
  const conflict = await requireConflict(ctx.writer.tx, id);
  const next = decided(planEscalateConflict(ctx.framework, ctx.actor, conflict, input, ctx.writer.now), id);
  const authority = authorityAt(ctx.framework, conflict, next.level);
  return saveConflict(
    ctx,
    'conflict.escalated',
    conflict,
    next,
    `${conflict.level} -> ${next.level} (${authority.name}) by hand: ${input.reason.trim()}`,
  );
}
