import { agentCoordinationConflictEscalatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { conflictOutput, toOutput, type ConflictActionContext } from './conflictActionContext';

/** Escalates a conflict to its next level by hand: POST /conflicts/{id}/escalation. */
export function registerEscalateConflictAction(registry: ActionsRegistryService, ctx: ConflictActionContext) {
  registry.register({
    name: 'escalate-conflict',
    title: 'Escalate a conflict',
    description: 'Escalates an open conflict to its next level (L1 to L2, L2 to L3) with a reason, before its deadline.',
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z.object({
          conflictId: z.string(),
          reason: z.string().min(1).max(2000),
          version: z.number().int().positive(),
        }),
      output: z => z.object({ conflict: conflictOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const actor = await ctx.actorFor(credentials);
      await ctx.permissions.authorizeResource(actor, agentCoordinationConflictEscalatePermission, input.conflictId);
      const { body } = await ctx.changes.escalate(actor, input.conflictId, { reason: input.reason, version: input.version });
      return { output: { conflict: toOutput(body) } };
    },
  });
}
