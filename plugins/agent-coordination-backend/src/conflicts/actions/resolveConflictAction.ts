import { agentCoordinationConflictDecidePermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { conflictOutput, toOutput, type ConflictActionContext } from './conflictActionContext';

/** Decides a conflict as its level's authority: POST /conflicts/{id}/resolution. */
export function registerResolveConflictAction(registry: ActionsRegistryService, ctx: ConflictActionContext) {
  registry.register({
    name: 'resolve-conflict',
    title: 'Resolve a conflict',
    description:
      "Decides an open conflict, with a rationale, as the holder of its current level's authority; the tasks it blocked are released. At a consensus level the parties vote instead (vote-on-conflict).",
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z.object({
          conflictId: z.string(),
          decision: z.string().min(1).max(500),
          rationale: z.string().min(1).max(5000),
          version: z.number().int().positive().describe('The version you read'),
        }),
      output: z => z.object({ conflict: conflictOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const actor = await ctx.actorFor(credentials);
      await ctx.permissions.authorizeResource(actor, agentCoordinationConflictDecidePermission, input.conflictId);
      const { body } = await ctx.changes.resolve(actor, input.conflictId, {
        decision: input.decision,
        rationale: input.rationale,
        version: input.version,
      });
      return { output: { conflict: toOutput(body) } };
    },
  });
}
