import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import { examples } from './requestHandoffClarification.examples';
import {
  checkpointKey,
  explained,
  given,
  handoffOutputs,
  handoffUrl,
  idempotencyKey,
} from './shared';

export const REQUEST_HANDOFF_CLARIFICATION_ACTION_ID =
  'agent-coordination:handoff:request-clarification';

/**
 * The receiving agent asks the sender a question before accepting a
 * handoff, as the template's user. The handoff then waits for the sender's
 * answer; the acknowledgment deadline keeps running. Sends the version the
 * step read, so a question about a handoff that moved on is refused.
 */
export function createRequestHandoffClarificationAction(options: {
  coordination: Pick<
    AgentCoordinationService,
    'getHandoff' | 'requestHandoffClarification'
  >;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: REQUEST_HANDOFF_CLARIFICATION_ACTION_ID,
    description:
      'Asks the sender of a handoff transferred to the template user’s agent a question before accepting it; the handoff waits for the answer.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        handoffId: z => z.string().min(1).max(64).describe('Id of the handoff'),
        question: z =>
          z
            .string()
            .min(1)
            .max(5000)
            .describe('What the receiver needs to know, in Markdown'),
        version: z =>
          z
            .number()
            .int()
            .min(1)
            .optional()
            .describe(
              'The handoff version the template read; by default the step reads the handoff first',
            ),
      },
      output: {
        handoffId: z => z.string().describe('Id of the handoff'),
        title: z => z.string(),
        from: z => z.string().describe('The sending agent, who answers'),
        to: z => z.string().describe('The receiving agent, who asked'),
        stage: z => z.string().describe('transfer'),
        status: z => z.string().describe('clarification_requested'),
        question: z => z.string().describe('The question asked'),
        acknowledgmentDueAt: z =>
          z
            .string()
            .optional()
            .describe(
              'When it is overdue unacknowledged (ISO 8601); a question does not stop the clock',
            ),
        version: z => z.number().describe('Its version now'),
        url: z =>
          z
            .string()
            .describe(
              'Where the portal shows it, /agent-coordination/handoffs/<id>',
            ),
      },
    },
    async handler(ctx) {
      const handoffId = given(ctx.input.handoffId);
      const question = given(ctx.input.question);
      if (!handoffId)
        throw new InputError(
          'Name the handoff to ask about: handoffId is empty',
        );
      if (!question)
        throw new InputError('Ask something: the question is empty');
      const credentials = await ctx.getInitiatorCredentials();
      const read = async () => {
        const handoff = await explained(() =>
          coordination.getHandoff(handoffId, { credentials }),
        );
        return { version: handoff.version };
      };

      if (ctx.isDryRun) {
        const handoff = await explained(() =>
          coordination.getHandoff(handoffId, { credentials }),
        );
        const may = handoff.status === 'awaiting_acknowledgment';
        ctx.logger.info(
          may
            ? `Dry run: would ask ${handoff.from} about handoff ${handoffId} '${handoff.title}': ${question}`
            : `Dry run: handoff ${handoffId} is ${handoff.status}; asking about it would be refused`,
        );
        ctx.output('handoffId', handoffId);
        ctx.output('title', handoff.title);
        ctx.output('from', handoff.from);
        ctx.output('to', handoff.to);
        ctx.output('stage', handoff.stage);
        ctx.output('status', may ? 'clarification_requested' : handoff.status);
        ctx.output('question', question);
        if (handoff.acknowledgmentDueAt)
          ctx.output('acknowledgmentDueAt', handoff.acknowledgmentDueAt);
        ctx.output('version', handoff.version + 1);
        ctx.output('url', handoffUrl(handoffId));
        return;
      }

      // Kept with the step so a retry repeats the exact request (see task:transition).
      const before =
        ctx.input.version !== undefined
          ? { version: ctx.input.version }
          : await ctx.checkpoint({
              key: checkpointKey(ctx, 'handoff.read'),
              fn: read,
            });
      const asked = await ctx.checkpoint({
        key: checkpointKey(ctx, 'handoff.clarify'),
        fn: async () =>
          handoffOutputs(
            await explained(() =>
              coordination.requestHandoffClarification(
                handoffId,
                { question, version: before.version },
                {
                  credentials,
                  idempotencyKey: idempotencyKey(ctx, 'handoff.clarify'),
                },
              ),
            ),
          ),
      });
      ctx.logger.info(
        `Asked ${asked.from} about handoff ${asked.handoffId} '${asked.title}'; it waits for the answer`,
      );
      ctx.output('handoffId', asked.handoffId);
      ctx.output('title', asked.title);
      ctx.output('from', asked.from);
      ctx.output('to', asked.to);
      ctx.output('stage', asked.stage);
      ctx.output('status', asked.status);
      ctx.output('question', asked.openQuestion ?? question);
      if (asked.acknowledgmentDueAt)
        ctx.output('acknowledgmentDueAt', asked.acknowledgmentDueAt);
      ctx.output('version', asked.version);
      ctx.output('url', asked.url);
    },
  });
}
