import { agentCoordinationHandoffActPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { actorFor } from '../../platform/actors';
import {
  handoffOutput,
  toOutput,
  type HandoffActionContext,
} from './handoffActionContext';

/** The receiver accepts a handoff: POST /handoffs/{id}/acknowledgment. */
export function registerAcknowledgeHandoffAction(
  registry: ActionsRegistryService,
  ctx: HandoffActionContext,
) {
  registry.register({
    name: 'acknowledge-handoff',
    title: 'Acknowledge a handoff',
    description:
      'The receiving agent accepts a handoff transferred to it, with the version it read; the tasks the handoff blocked are released.',
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z.object({
          id: z.string().describe('Handoff id'),
          version: z.number().int().min(1),
          note: z.string().max(5000).optional(),
        }),
      output: z => z.object({ handoff: handoffOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const actor = actorFor(credentials, ctx.actors);
      await ctx.permissions.authorizeResource(
        actor,
        agentCoordinationHandoffActPermission,
        input.id,
      );
      const { body } = await ctx.changes.step(actor, 'acknowledge', input.id, {
        version: input.version,
        note: input.note,
      });
      return { output: { handoff: toOutput(body) } };
    },
  });
}
