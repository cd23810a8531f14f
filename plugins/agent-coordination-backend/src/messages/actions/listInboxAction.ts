import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { RefusalError } from '../../platform/changes/errors';
import {
  messageOutput,
  toOutput,
  type MessageActionContext,
} from './messageActionContext';

/** An agent's inbox with its unread counts: GET /agents/{key}/inbox. */
export function registerListInboxAction(
  registry: ActionsRegistryService,
  ctx: MessageActionContext,
) {
  registry.register({
    name: 'list-inbox',
    title: "Read an agent's inbox",
    description:
      "The messages to an agent (by default the caller's own) and to ALL, newest first, with how many are unread, by priority. " +
      'The agent itself and the context manager may read an inbox. Mark one read with mark-message-read; answer a REQUEST with send-message (type RESPONSE).',
    attributes: { destructive: false, idempotent: true, readOnly: true },
    schema: {
      input: z =>
        z.object({
          agent: z
            .string()
            .max(64)
            .optional()
            .describe("A framework agent key; the caller's own by default"),
          unread: z
            .boolean()
            .optional()
            .describe('Only unread (true) or read (false) messages'),
          limit: z.number().int().min(1).max(200).optional(),
        }),
      output: z =>
        z.object({
          agent: z.string(),
          total: z.number(),
          unread: z.number(),
          unreadByPriority: z.record(z.number()),
          messages: z.array(messageOutput(z)),
        }),
    },
    action: async ({ input, credentials }) => {
      const actor = ctx.actorFor(credentials);
      const agent = input.agent ?? actor.agent?.key;
      if (!agent) {
        throw new RefusalError({
          code: 'invalid_input',
          rule: 'invalid_input',
          message: `${actor.principal} acts as no framework agent: name the agent whose inbox to read`,
        });
      }
      const inbox = await ctx.reads.inbox(actor, agent, {
        unread: input.unread,
        limit: input.limit,
      });
      return {
        output: {
          agent: inbox.agent,
          total: inbox.total,
          unread: inbox.unread,
          unreadByPriority: inbox.unreadByPriority,
          messages: inbox.items.map(toOutput),
        },
      };
    },
  });
}
