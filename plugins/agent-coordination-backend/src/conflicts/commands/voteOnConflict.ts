import { planVote, type ConflictSnapshot, type VoteRequest } from '@agent-coordination/plugin-agent-coordination-common';
import { SYSTEM_ACTOR } from '../../platform/actors';
import { decided, requireConflict, saveConflict, type ConflictCommandContext } from './context';

/**
 * Records a party's vote. When it completes a consensus (§4.1, "Agent
 * consensus (2+ agree)"), the conflict is resolved with the agreed decision
 * and its tasks released, in the same transaction.
 */
export async function voteOnConflict(ctx: ConflictCommandContext, id: string, input: VoteRequest): Promise<ConflictSnapshot> {
  const conflict = await requireConflict(ctx.writer.tx, id);
  const { votes, resolution } = decided(planVote(ctx.framework, ctx.actor, conflict, input, ctx.writer.now), id);
  const vote = votes[votes.length - 1];
  const voted = await saveConflict(ctx, 'conflict.voted', conflict, { votes }, `${vote.agent} votes: ${vote.position}`);
  if (!resolution) return voted;
  const resolved = await saveConflict(
    ctx,
    'conflict.resolved',
    voted,
    { status: 'resolved', resolution },
    `consensus: ${votes.filter(v => v.position.trim().toLowerCase() === resolution.decision.trim().toLowerCase()).map(v => v.agent).join(' and ')} agree on "${resolution.decision}"`,
    { actor: SYSTEM_ACTOR },
  );
  if (resolved.blocks.length > 0) {
    await ctx.tasks.release(ctx.writer, resolved.blocks, `conflict ${id} resolved by consensus`);
  }
  return resolved;
}
