import {
  agentCoordinationMessageReadPermission,
  agentCoordinationMessageSendPermission,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  messageOutput,
  text,
  toOutput,
  type MessageActionContext,
} from './messageActionContext';

/** Marks a message read for the caller's agent: POST /messages/{id}/read. */
export function registerMarkMessageReadAction(
  registry: ActionsRegistryService,
  ctx: MessageActionContext,
) {
  registry.register({
    name: 'mark-message-read',
    title: 'Mark a message read',
    description:
      "Marks a message read for the caller's agent, which must be a recipient (read state is kept per recipient agent; a broadcast per agent that read it). Marking it again changes nothing.",
    attributes: { destructive: false, idempotent: true, readOnly: false },
    schema: {
      input: z => z.object({ messageId: text(z, 64, 1) }),
      output: z => z.object({ message: messageOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const actor = ctx.actorFor(credentials);
      await ctx.permissions.authorizeResource(
        actor,
        agentCoordinationMessageReadPermission,
        input.messageId,
      );
      await ctx.permissions.authorize(
        actor,
        agentCoordinationMessageSendPermission,
      );
      const { body } = await ctx.changes.markRead(actor, input.messageId);
      return { output: { message: toOutput(body) } };
    },
  });
}
