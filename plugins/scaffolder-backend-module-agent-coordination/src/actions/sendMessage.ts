import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type { SendMessageRequest } from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './sendMessage.examples';
import {
  DRY_RUN_ID,
  checkpointKey,
  explained,
  given,
  givenList,
  idempotencyKey,
} from './shared';

export const SEND_MESSAGE_ACTION_ID = 'agent-coordination:message:send';

/** Where the portal shows a message. */
export function messageUrl(id: string): string {
  return `/agent-coordination/messages/${encodeURIComponent(id)}`;
}

/**
 * Sends a typed message (framework §3.2) as the template user's agent: to one
 * agent or to ALL, a REQUEST (due a RESPONSE within the framework's response
 * SLA), a RESPONSE (answering the REQUEST its correlationId names), an
 * UPDATE or an ALERT. The backend checks the priority, type, agents,
 * artifacts and the correlation against the framework.
 */
export function createSendMessageAction(options: {
  coordination: Pick<AgentCoordinationService, 'sendMessage'>;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: SEND_MESSAGE_ACTION_ID,
    description:
      'Sends a message as the template user’s agent to another agent or to ALL: a REQUEST, a RESPONSE answering one, an UPDATE or an ALERT.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        to: z =>
          z
            .string()
            .min(1)
            .max(64)
            .describe(
              'Framework agent key of the recipient, or ALL for every agent',
            ),
        priority: z =>
          z
            .string()
            .min(1)
            .max(16)
            .default('P2')
            .describe('P0 (most urgent, notifies) to P3; P2 by default'),
        type: z =>
          z
            .string()
            .min(1)
            .max(32)
            .default('UPDATE')
            .describe('REQUEST, RESPONSE, UPDATE (the default) or ALERT'),
        subject: z => z.string().min(1).max(200).describe('The subject line'),
        content: z =>
          z.string().max(20000).optional().describe('The body, in Markdown'),
        artifacts: z =>
          z
            .array(
              z.object({
                path: z.string().min(1).max(1024),
                type: z.string().min(1).max(64),
              }),
            )
            .max(50)
            .optional()
            .describe(
              'Repository paths the message is about, each with its type: code, config or document',
            ),
        dependencies: z =>
          z
            .array(
              z.object({
                agent: z.string().min(1).max(64),
                artifact: z.string().min(1).max(1024),
                status: z.string().min(1).max(64),
              }),
            )
            .max(50)
            .optional()
            .describe(
              'What the sender depends on: agent, artifact, status (required or optional)',
            ),
        correlationId: z =>
          z
            .string()
            .max(64)
            .optional()
            .describe('For a RESPONSE, the id of the REQUEST it answers'),
        threadId: z =>
          z.string().max(64).optional().describe('The thread to post in'),
        tags: z =>
          z
            .array(z.string().max(63))
            .max(20)
            .optional()
            .describe('Labels, e.g. vpc'),
      },
      output: {
        messageId: z => z.string().describe('Id of the message sent'),
        from: z =>
          z.string().describe('The sending agent: the template user’s'),
        to: z => z.string().describe('The recipient agent, or ALL'),
        type: z => z.string(),
        priority: z => z.string(),
        correlationId: z =>
          z
            .string()
            .describe(
              'A REQUEST’s own id (answer it with this), or the REQUEST a RESPONSE answers',
            ),
        threadId: z => z.string(),
        sentAt: z => z.string().describe('When it was sent (ISO 8601)'),
        responseDueAt: z =>
          z
            .string()
            .optional()
            .describe('For a REQUEST: when it is overdue without a RESPONSE'),
        url: z =>
          z
            .string()
            .describe(
              'Where the portal shows it, /agent-coordination/messages/<id>',
            ),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      const to = given(input.to);
      const subject = given(input.subject);
      if (!to)
        throw new InputError(
          'Name the recipient: to is empty (an agent key, or ALL)',
        );
      if (!subject)
        throw new InputError('The message needs a subject; it is empty');
      const request: SendMessageRequest = {
        to,
        subject,
        priority: given(input.priority) ?? 'P2',
        type: given(input.type) ?? 'UPDATE',
      };
      const content = given(input.content);
      const correlationId = given(input.correlationId);
      const threadId = given(input.threadId);
      const tags = givenList(input.tags);
      if (content) request.content = content;
      if (correlationId) request.correlationId = correlationId;
      if (threadId) request.threadId = threadId;
      if (tags) request.tags = tags;
      if (input.artifacts?.length) request.artifacts = input.artifacts;
      if (input.dependencies?.length) request.dependencies = input.dependencies;
      const credentials = await ctx.getInitiatorCredentials();

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would send the message ${JSON.stringify(request)}`,
        );
        ctx.output('messageId', DRY_RUN_ID);
        ctx.output('from', '(the template user’s agent)');
        ctx.output('to', to);
        ctx.output('type', request.type);
        ctx.output('priority', request.priority);
        ctx.output('correlationId', correlationId ?? DRY_RUN_ID);
        ctx.output('threadId', threadId ?? DRY_RUN_ID);
        ctx.output('sentAt', new Date().toISOString());
        ctx.output('url', messageUrl(DRY_RUN_ID));
        return;
      }

      const sent = await ctx.checkpoint({
        key: checkpointKey(ctx, 'message.send'),
        fn: async () => {
          const message = await explained(() =>
            coordination.sendMessage(request, {
              credentials,
              idempotencyKey: idempotencyKey(ctx, 'message.send'),
            }),
          );
          return {
            messageId: message.id,
            from: message.from,
            to: message.to,
            type: message.type,
            priority: message.priority,
            correlationId: message.correlationId ?? message.id,
            threadId: message.threadId,
            sentAt: message.sentAt,
            responseDueAt: message.responseDueAt,
          };
        },
      });
      ctx.logger.info(
        `Sent ${sent.type} ${sent.messageId} from ${sent.from} to ${
          sent.to
        }: '${subject}'${
          sent.responseDueAt
            ? `; a RESPONSE is due by ${sent.responseDueAt}`
            : ''
        }`,
      );
      ctx.output('messageId', sent.messageId);
      ctx.output('from', sent.from);
      ctx.output('to', sent.to);
      ctx.output('type', sent.type);
      ctx.output('priority', sent.priority);
      ctx.output('correlationId', sent.correlationId);
      ctx.output('threadId', sent.threadId);
      ctx.output('sentAt', sent.sentAt);
      if (sent.responseDueAt) ctx.output('responseDueAt', sent.responseDueAt);
      ctx.output('url', messageUrl(sent.messageId));
    },
  });
}
