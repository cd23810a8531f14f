import { agentCoordinationHandoffActPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { actorFor } from '../../platform/actors';
import {
  handoffOutput,
  toOutput,
  type HandoffActionContext,
} from './handoffActionContext';

/** The receiver asks the sender a question: POST /handoffs/{id}/clarifications. */
export function registerRequestHandoffClarificationAction(
  registry: ActionsRegistryService,
  ctx: HandoffActionContext,
) {
  registry.register({
    name: 'request-handoff-clarification',
    title: 'Ask for clarification on a handoff',
    description:
      'The receiving agent asks the sender a question before accepting a handoff; the sender answers (POST /handoffs/{id}/clarifications/answer) and the handoff waits for its acknowledgment again.',
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z.object({
          id: z.string().describe('Handoff id'),
          question: z.string().min(1).max(5000),
          version: z.number().int().min(1),
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
      const { body } = await ctx.changes.step(
        actor,
        'requestClarification',
        input.id,
        {
          question: input.question,
          version: input.version,
        },
      );
      return { output: { handoff: toOutput(body) } };
    },
  });
}
