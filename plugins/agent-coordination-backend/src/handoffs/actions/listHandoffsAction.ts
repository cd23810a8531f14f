import { agentCoordinationHandoffReadPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { actorFor } from '../../platform/actors';
import { listHandoffs } from '../store/listHandoffs';
import {
  handoffOutput,
  toOutput,
  type HandoffActionContext,
} from './handoffActionContext';

/** Handoffs the caller may read, newest first: GET /handoffs. */
export function registerListHandoffsAction(
  registry: ActionsRegistryService,
  ctx: HandoffActionContext,
) {
  registry.register({
    name: 'list-handoffs',
    title: 'List handoffs',
    description:
      'The handoffs the caller may read, newest first, optionally only those to or from an agent, in a status, or past their acknowledgment SLA: stage, whose turn, the checks still missing, the open question.',
    attributes: { destructive: false, idempotent: true, readOnly: true },
    schema: {
      input: z =>
        z.object({
          from: z
            .string()
            .optional()
            .describe('Framework agent key of the sender'),
          to: z
            .string()
            .optional()
            .describe('Framework agent key of the receiver'),
          status: z
            .enum([
              'draft',
              'awaiting_acknowledgment',
              'clarification_requested',
              'acknowledged',
              'completed',
            ])
            .optional(),
          overdue: z.boolean().optional(),
          limit: z.number().int().min(1).max(200).optional(),
        }),
      output: z => z.object({ handoffs: z.array(handoffOutput(z)) }),
    },
    action: async ({ input, credentials }) => {
      const actor = actorFor(credentials, ctx.actors);
      const permission = await ctx.permissions.listFilter(
        actor,
        agentCoordinationHandoffReadPermission,
      );
      const page = await listHandoffs(
        ctx.db,
        {
          from: input.from,
          to: input.to,
          status: input.status,
          overdue: input.overdue,
          now: ctx.changes.now(),
          permission,
        },
        undefined,
        input.limit ?? 50,
      );
      return {
        output: {
          handoffs: page.items.map(h => toOutput(ctx.changes.describe(h))),
        },
      };
    },
  });
}
