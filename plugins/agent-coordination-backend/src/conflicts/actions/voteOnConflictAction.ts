import { agentCoordinationConflictDecidePermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { conflictOutput, toOutput, type ConflictActionContext } from './conflictActionContext';

/** A party's vote on a conflict: POST /conflicts/{id}/votes. */
export function registerVoteOnConflictAction(registry: ActionsRegistryService, ctx: ConflictActionContext) {
  registry.register({
    name: 'vote-on-conflict',
    title: 'Vote on a conflict',
    description:
      "A party's vote for a decision. At a consensus level (e.g. Code Merge L1: two parties agree) the vote that makes the quorum agree resolves the conflict.",
    attributes: { destructive: false, idempotent: true, readOnly: false },
    schema: {
      input: z =>
        z.object({
          conflictId: z.string(),
          position: z.string().min(1).max(500).describe('The decision you stand for'),
          rationale: z.string().max(5000).optional(),
          version: z.number().int().positive(),
        }),
      output: z => z.object({ conflict: conflictOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const actor = await ctx.actorFor(credentials);
      await ctx.permissions.authorizeResource(actor, agentCoordinationConflictDecidePermission, input.conflictId);
      const { body } = await ctx.changes.vote(actor, input.conflictId, {
        position: input.position,
        rationale: input.rationale,
        version: input.version,
      });
      return { output: { conflict: toOutput(body) } };
    },
  });
}
