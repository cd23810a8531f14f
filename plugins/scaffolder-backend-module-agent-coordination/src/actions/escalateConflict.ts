import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import { examples } from './escalateConflict.examples';
import { checkpointKey, conflictOutputs, conflictUrl, explained, given, idempotencyKey, nextLevel } from './shared';

export const ESCALATE_CONFLICT_ACTION_ID = 'agent-coordination:conflict:escalate';

/**
 * Escalates a conflict to its next level by hand, as the template's user (a
 * party, the level's authority or the context manager may). Sends the
 * version the step read, so a conflict that moved on meanwhile is refused
 * instead of being escalated twice.
 */
export function createEscalateConflictAction(options: {
  coordination: Pick<AgentCoordinationService, 'getConflict' | 'escalateConflict'>;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: ESCALATE_CONFLICT_ACTION_ID,
    description: 'Escalates an open conflict to its next level (L1 to L2, L2 to L3), with a reason.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        conflictId: z => z.string().min(1).max(64).describe('Id of the conflict'),
        reason: z => z.string().min(1).max(2000).describe('Why it cannot be settled at its current level'),
        version: z =>
          z
            .number()
            .int()
            .min(1)
            .optional()
            .describe('The conflict version the template read; by default the step reads the conflict first'),
      },
      output: {
        conflictId: z => z.string().describe('Id of the conflict'),
        status: z => z.string().describe('open or resolved'),
        level: z => z.string().describe('Its level now, e.g. L2'),
        previousLevel: z => z.string().optional().describe('Its level before, when the step read it'),
        authority: z => z.string().describe('Who decides at the new level, e.g. Review Board'),
        authorityId: z => z.string().describe('The framework’s id of that authority'),
        authorityKind: z => z.string().describe('holders, consensus or primary_owner'),
        deciders: z => z.array(z.string()).describe('Agent keys and group refs that decide now'),
        deadlineAt: z => z.string().describe('When the new level escalates if undecided (ISO 8601)'),
        resolveBy: z => z.string().describe('The latest the whole ladder may take (ISO 8601)'),
        version: z => z.number().describe('Its version now'),
        url: z => z.string().describe('Where the portal shows it, /agent-coordination/conflicts/<id>'),
      },
    },
    async handler(ctx) {
      const conflictId = given(ctx.input.conflictId);
      const reason = given(ctx.input.reason);
      if (!conflictId) throw new InputError('Name the conflict to escalate: conflictId is empty');
      if (!reason) throw new InputError('Say why the conflict is escalated: reason is empty');
      const credentials = await ctx.getInitiatorCredentials();
      const read = async () => {
        const conflict = await explained(() => coordination.getConflict(conflictId, { credentials }));
        return { version: conflict.version, level: conflict.level };
      };

      if (ctx.isDryRun) {
        const conflict = await explained(() => coordination.getConflict(conflictId, { credentials }));
        const to = nextLevel(conflict.level);
        ctx.logger.info(
          to
            ? `Dry run: would escalate conflict ${conflictId} from ${conflict.level} to ${to}: ${reason}`
            : `Dry run: conflict ${conflictId} is at ${conflict.level}, the last level; escalating it would be refused`,
        );
        ctx.output('conflictId', conflictId);
        ctx.output('status', conflict.status);
        ctx.output('level', to ?? conflict.level);
        ctx.output('previousLevel', conflict.level);
        ctx.output('authority', '(named by the framework for the next level)');
        ctx.output('authorityId', 'dry-run');
        ctx.output('authorityKind', 'holders');
        ctx.output('deciders', []);
        ctx.output('deadlineAt', conflict.deadlineAt);
        ctx.output('resolveBy', conflict.resolveBy);
        ctx.output('version', conflict.version + 1);
        ctx.output('url', conflictUrl(conflictId));
        return;
      }

      // Kept with the step so a retry repeats the exact request (see task:transition).
      const before =
        ctx.input.version !== undefined
          ? { version: ctx.input.version, level: undefined }
          : await ctx.checkpoint({ key: checkpointKey(ctx, 'conflict.read'), fn: read });
      const escalated = await ctx.checkpoint({
        key: checkpointKey(ctx, 'conflict.escalate'),
        fn: async () =>
          conflictOutputs(
            await explained(() =>
              coordination.escalateConflict(
                conflictId,
                { reason, version: before.version },
                { credentials, idempotencyKey: idempotencyKey(ctx, 'conflict.escalate') },
              ),
            ),
          ),
      });
      ctx.logger.info(
        `Escalated conflict ${escalated.conflictId}${before.level ? ` from ${before.level}` : ''} to ${
          escalated.level
        }: ${escalated.authority} decides by ${escalated.deadlineAt}`,
      );
      ctx.output('conflictId', escalated.conflictId);
      ctx.output('status', escalated.status);
      ctx.output('level', escalated.level);
      if (before.level) ctx.output('previousLevel', before.level);
      ctx.output('authority', escalated.authority);
      ctx.output('authorityId', escalated.authorityId);
      ctx.output('authorityKind', escalated.authorityKind);
      ctx.output('deciders', escalated.deciders);
      ctx.output('deadlineAt', escalated.deadlineAt);
      ctx.output('resolveBy', escalated.resolveBy);
      ctx.output('version', escalated.version);
      ctx.output('url', escalated.url);
    },
  });
}
