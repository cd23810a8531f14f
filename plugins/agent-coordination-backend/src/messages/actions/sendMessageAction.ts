import {
  agentCoordinationMessageSendPermission,
  type SendMessageRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  messageOutput,
  text,
  toOutput,
  type MessageActionContext,
} from './messageActionContext';

/** Sends a message as the caller's agent, for MCP clients and other action callers: POST /messages. */
export function registerSendMessageAction(
  registry: ActionsRegistryService,
  ctx: MessageActionContext,
) {
  const schema = ctx.framework.messageSchema;
  registry.register({
    name: 'send-message',
    title: 'Send a message to an agent',
    description:
      `Sends a typed message (framework §3.2) as the caller's own agent to one agent or to ${schema.broadcastRecipient} (every other agent). ` +
      `Priorities: ${schema.priorities.join(', ')} (${
        schema.priorities[0]
      } notifies the recipients' users, as does an ALERT); types: ${schema.types.join(
        ', ',
      )}. ` +
      `A REQUEST expects a RESPONSE within ${schema.responseSla}, else it is flagged overdue and its sender notified; answer one with type RESPONSE, ` +
      `to its sender, correlationId the REQUEST's id. Artifact types: ${schema.artifactTypes.join(
        ', ',
      )}; dependency statuses: ${schema.dependencyStatuses.join(', ')}.`,
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z.object({
          to: text(z, 64).describe(
            `A framework agent key, or ${schema.broadcastRecipient}`,
          ),
          priority: text(z, 16).describe(schema.priorities.join(', ')),
          type: text(z, 32).describe(schema.types.join(', ')),
          subject: text(z, 200, 1),
          content: text(z, 20000).optional().describe('Markdown'),
          artifacts: z
            .array(z.object({ path: text(z, 1024, 1), type: text(z, 64) }))
            .max(50)
            .optional(),
          dependencies: z
            .array(
              z.object({
                agent: text(z, 64),
                artifact: text(z, 1024, 1),
                status: text(z, 64),
              }),
            )
            .max(50)
            .optional(),
          correlationId: text(z, 64)
            .optional()
            .describe('For a RESPONSE: the id of the REQUEST it answers'),
          threadId: z
            .string()
            .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/)
            .optional(),
          tags: z
            .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,62}$/))
            .max(20)
            .optional(),
        }),
      output: z => z.object({ message: messageOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const actor = ctx.actorFor(credentials);
      await ctx.permissions.authorize(
        actor,
        agentCoordinationMessageSendPermission,
      );
      const { body } = await ctx.changes.send(
        actor,
        input as SendMessageRequest,
      );
      return { output: { message: toOutput(body) } };
    },
  });
}
