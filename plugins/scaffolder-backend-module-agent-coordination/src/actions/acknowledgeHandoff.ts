import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import { examples } from './acknowledgeHandoff.examples';
import {
  checkpointKey,
  explained,
  given,
  handoffOutputs,
  handoffUrl,
  idempotencyKey,
} from './shared';

export const ACKNOWLEDGE_HANDOFF_ACTION_ID =
  'agent-coordination:handoff:acknowledge';

/** The statuses a receiver may acknowledge from (an open question is then left unanswered). */
const ACKNOWLEDGEABLE = ['awaiting_acknowledgment', 'clarification_requested'];

/**
 * The receiving agent accepts a handoff transferred to it, as the template's
 * user; the tasks the handoff held BLOCKED are released in the same change.
 * Sends the version the step read, so a handoff that moved on meanwhile is
 * refused instead of being acknowledged unseen.
 */
export function createAcknowledgeHandoffAction(options: {
  coordination: Pick<
    AgentCoordinationService,
    'getHandoff' | 'acknowledgeHandoff'
  >;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: ACKNOWLEDGE_HANDOFF_ACTION_ID,
    description:
      'Acknowledges a handoff transferred to the template user’s agent: the receiver accepts it, and the tasks it blocked are released.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        handoffId: z => z.string().min(1).max(64).describe('Id of the handoff'),
        note: z =>
          z
            .string()
            .max(5000)
            .optional()
            .describe('A word to the sender, kept with the acknowledgment'),
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
        from: z => z.string().describe('The sending agent'),
        to: z => z.string().describe('The receiving agent'),
        stage: z => z.string().describe('acknowledgment'),
        status: z => z.string().describe('acknowledged'),
        previousStatus: z =>
          z
            .string()
            .optional()
            .describe('Its status before, when the step read it'),
        released: z =>
          z
            .array(z.string())
            .describe(
              'Tasks it held BLOCKED: its hold on them is lifted (another hold may still keep one blocked)',
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
      if (!handoffId)
        throw new InputError(
          'Name the handoff to acknowledge: handoffId is empty',
        );
      const note = given(ctx.input.note);
      const credentials = await ctx.getInitiatorCredentials();
      const read = async () => {
        const handoff = await explained(() =>
          coordination.getHandoff(handoffId, { credentials }),
        );
        return { version: handoff.version, status: handoff.status };
      };

      if (ctx.isDryRun) {
        const handoff = await explained(() =>
          coordination.getHandoff(handoffId, { credentials }),
        );
        const may = ACKNOWLEDGEABLE.includes(handoff.status);
        ctx.logger.info(
          may
            ? `Dry run: would acknowledge handoff ${handoffId} '${
                handoff.title
              }' from ${handoff.from}, releasing ${
                handoff.blocks.length
                  ? handoff.blocks.join(', ')
                  : 'no blocked tasks'
              }`
            : `Dry run: handoff ${handoffId} is ${handoff.status}; acknowledging it would be refused`,
        );
        ctx.output('handoffId', handoffId);
        ctx.output('title', handoff.title);
        ctx.output('from', handoff.from);
        ctx.output('to', handoff.to);
        ctx.output('stage', may ? 'acknowledgment' : handoff.stage);
        ctx.output('status', may ? 'acknowledged' : handoff.status);
        ctx.output('previousStatus', handoff.status);
        ctx.output('released', may ? handoff.blocks : []);
        ctx.output('version', handoff.version + 1);
        ctx.output('url', handoffUrl(handoffId));
        return;
      }

      // Kept with the step so a retry repeats the exact request (see task:transition).
      const before =
        ctx.input.version !== undefined
          ? { version: ctx.input.version, status: undefined }
          : await ctx.checkpoint({
              key: checkpointKey(ctx, 'handoff.read'),
              fn: read,
            });
      const acknowledged = await ctx.checkpoint({
        key: checkpointKey(ctx, 'handoff.acknowledge'),
        fn: async () =>
          handoffOutputs(
            await explained(() =>
              coordination.acknowledgeHandoff(
                handoffId,
                note
                  ? { version: before.version, note }
                  : { version: before.version },
                {
                  credentials,
                  idempotencyKey: idempotencyKey(ctx, 'handoff.acknowledge'),
                },
              ),
            ),
          ),
      });
      ctx.logger.info(
        `Acknowledged handoff ${acknowledged.handoffId} '${
          acknowledged.title
        }' from ${acknowledged.from}${
          acknowledged.blocks.length
            ? `; released ${acknowledged.blocks.join(', ')}`
            : ''
        }`,
      );
      ctx.output('handoffId', acknowledged.handoffId);
      ctx.output('title', acknowledged.title);
      ctx.output('from', acknowledged.from);
      ctx.output('to', acknowledged.to);
      ctx.output('stage', acknowledged.stage);
      ctx.output('status', acknowledged.status);
      if (before.status) ctx.output('previousStatus', before.status);
      ctx.output('released', acknowledged.blocks);
      ctx.output('version', acknowledged.version);
      ctx.output('url', acknowledged.url);
    },
  });
}
