import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type {
  InboxQuery,
  Message,
} from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './readInbox.examples';
import { explained, given } from './shared';
import { messageUrl } from './sendMessage';

export const READ_INBOX_ACTION_ID = 'agent-coordination:inbox:read';

/** The API serves at most this many per page. */
const PAGE = 200;

/**
 * Reads an agent's inbox for a template, newest first, with its unread
 * counts: the template user's own agent's, or any one for the context
 * manager. It only reads (nothing is marked read), so it runs in dry runs
 * too.
 */
export function createReadInboxAction(options: {
  coordination: Pick<AgentCoordinationService, 'getInbox'>;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: READ_INBOX_ACTION_ID,
    description:
      'Reads an agent’s inbox (messages to it and to ALL), newest first, with its unread counts; marks nothing read.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        agent: z =>
          z
            .string()
            .min(1)
            .max(64)
            .describe(
              'Framework agent key whose inbox to read, e.g. network_engineer',
            ),
        unread: z =>
          z
            .boolean()
            .optional()
            .describe('Only unread (true) or read (false) messages'),
        type: z =>
          z
            .string()
            .max(32)
            .optional()
            .describe('Only this type: REQUEST, RESPONSE, UPDATE or ALERT'),
        priority: z =>
          z
            .string()
            .max(16)
            .optional()
            .describe('Only this priority, P0 to P3'),
        limit: z =>
          z
            .number()
            .int()
            .min(1)
            .max(1000)
            .default(100)
            .describe('At most this many (default 100)'),
      },
      output: {
        agent: z => z.string(),
        total: z => z.number().describe('Messages in the inbox'),
        unread: z => z.number().describe('Of them, unread'),
        unreadByPriority: z =>
          z.record(z.number()).describe('Unread messages by priority'),
        messages: z =>
          z
            .array(
              z.object({
                id: z.string(),
                from: z.string(),
                to: z.string(),
                priority: z.string(),
                type: z.string(),
                subject: z.string(),
                sentAt: z.string(),
                read: z.boolean(),
                overdue: z.boolean(),
                correlationId: z.string().nullable(),
                url: z.string(),
              }),
            )
            .describe('The messages found, newest first'),
        count: z => z.number().describe('How many were returned (up to limit)'),
        more: z =>
          z.boolean().describe('More messages match than limit allowed'),
      },
    },
    async handler(ctx) {
      const agent = given(ctx.input.agent);
      if (!agent)
        throw new InputError(
          'Name the agent whose inbox to read: agent is empty',
        );
      const filters: InboxQuery = {};
      if (ctx.input.unread !== undefined) filters.unread = ctx.input.unread;
      const type = given(ctx.input.type);
      const priority = given(ctx.input.priority);
      if (type) filters.type = type;
      if (priority) filters.priority = priority;
      const limit = ctx.input.limit ?? 100;
      const credentials = await ctx.getInitiatorCredentials();

      const found: Message[] = [];
      let cursor: string | undefined;
      let more = false;
      let counts = {
        total: 0,
        unread: 0,
        unreadByPriority: {} as Record<string, number>,
      };
      for (;;) {
        const query = {
          ...filters,
          limit: Math.min(PAGE, limit - found.length),
          ...(cursor ? { cursor } : {}),
        };
        const page = await explained(() =>
          coordination.getInbox(agent, query, { credentials }),
        );
        counts = {
          total: page.total,
          unread: page.unread,
          unreadByPriority: page.unreadByPriority,
        };
        found.push(...page.items);
        if (!page.nextCursor) break;
        if (found.length >= limit) {
          more = true;
          break;
        }
        cursor = page.nextCursor;
      }
      const messages = found.slice(0, limit).map(m => ({
        id: m.id,
        from: m.from,
        to: m.to,
        priority: m.priority,
        type: m.type,
        subject: m.subject,
        sentAt: m.sentAt,
        read: m.readAt !== null,
        overdue: m.overdue,
        correlationId: m.correlationId,
        url: messageUrl(m.id),
      }));
      ctx.logger.info(
        `${agent}'s inbox: ${counts.unread} unread of ${counts.total}${
          messages.length
            ? `; ${messages
                .map(
                  m => `${m.priority} ${m.type} from ${m.from}: '${m.subject}'`,
                )
                .join('; ')}`
            : ''
        }`,
      );
      ctx.output('agent', agent);
      ctx.output('total', counts.total);
      ctx.output('unread', counts.unread);
      ctx.output('unreadByPriority', counts.unreadByPriority);
      ctx.output('messages', messages);
      ctx.output('count', messages.length);
      ctx.output('more', more);
    },
  });
}
