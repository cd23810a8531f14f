import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import { examples } from './resolveConflict.examples';
import { checkpointKey, conflictUrl, explained, given, idempotencyKey } from './shared';

export const RESOLVE_CONFLICT_ACTION_ID = 'agent-coordination:conflict:resolve';

type Resolved = {
  conflictId: string;
  status: string;
  level: string;
  decision: string;
  decidedBy: string;
  released: string[];
  version: number;
};

/**
 * Decides a conflict as the template's user, who must hold the authority of
 * its current level (the backend checks; a consensus level is decided by
 * the parties' votes, not here). The tasks it held blocked are released in
 * the same change.
 */
export function createResolveConflictAction(options: {
  coordination: Pick<AgentCoordinationService, 'getConflict' | 'resolveConflict'>;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: RESOLVE_CONFLICT_ACTION_ID,
    description:
      'Resolves an open conflict with a decision and its rationale, by the holder of its current level’s authority; releases the tasks it blocked.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        conflictId: z => z.string().min(1).max(64).describe('Id of the conflict'),
        decision: z => z.string().min(1).max(500).describe('What was decided, e.g. Keep the network engineer’s module'),
        rationale: z => z.string().min(1).max(5000).describe('Why, for the record'),
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
        status: z => z.string().describe('resolved'),
        level: z => z.string().describe('The level it was decided at'),
        decision: z => z.string().describe('The decision recorded'),
        decidedBy: z => z.string().describe('Who decided (the template’s user)'),
        released: z => z.array(z.string()).describe('Ids of the tasks it had held blocked'),
        version: z => z.number().describe('Its version now'),
        url: z => z.string().describe('Where the portal shows it, /agent-coordination/conflicts/<id>'),
      },
    },
    async handler(ctx) {
      const conflictId = given(ctx.input.conflictId);
      const decision = given(ctx.input.decision);
      const rationale = given(ctx.input.rationale);
      if (!conflictId) throw new InputError('Name the conflict to resolve: conflictId is empty');
      if (!decision) throw new InputError('Say what was decided: decision is empty');
      if (!rationale) throw new InputError('Say why it was decided so: rationale is empty');
      const credentials = await ctx.getInitiatorCredentials();
      const readVersion = async () =>
        (await explained(() => coordination.getConflict(conflictId, { credentials }))).version;

      if (ctx.isDryRun) {
        const conflict = await explained(() => coordination.getConflict(conflictId, { credentials }));
        ctx.logger.info(
          `Dry run: would resolve conflict ${conflictId} (${conflict.status}, ${conflict.level}, ${conflict.authority.name} decides) with '${decision}'`,
        );
        ctx.output('conflictId', conflictId);
        ctx.output('status', 'resolved');
        ctx.output('level', conflict.level);
        ctx.output('decision', decision);
        ctx.output('decidedBy', (credentials.principal as { userEntityRef?: string }).userEntityRef ?? 'dry-run');
        ctx.output('released', conflict.blocks);
        ctx.output('version', conflict.version + 1);
        ctx.output('url', conflictUrl(conflictId));
        return;
      }

      // Kept with the step so a retry repeats the exact request (see task:transition).
      const version =
        ctx.input.version ?? (await ctx.checkpoint({ key: checkpointKey(ctx, 'conflict.read'), fn: readVersion }));
      const resolved: Resolved = await ctx.checkpoint({
        key: checkpointKey(ctx, 'conflict.resolve'),
        fn: async () => {
          const conflict = await explained(() =>
            coordination.resolveConflict(
              conflictId,
              { decision, rationale, version },
              { credentials, idempotencyKey: idempotencyKey(ctx, 'conflict.resolve') },
            ),
          );
          return {
            conflictId: conflict.id,
            status: conflict.status,
            level: conflict.level,
            decision: conflict.resolution?.decision ?? decision,
            decidedBy: conflict.resolution?.by ?? '',
            released: conflict.blocks,
            version: conflict.version,
          };
        },
      });
      ctx.logger.info(
        `Resolved conflict ${resolved.conflictId} at ${resolved.level}: ${resolved.decision}${
          resolved.released.length ? `; released ${resolved.released.join(', ')}` : ''
        }`,
      );
      ctx.output('conflictId', resolved.conflictId);
      ctx.output('status', resolved.status);
      ctx.output('level', resolved.level);
      ctx.output('decision', resolved.decision);
      ctx.output('decidedBy', resolved.decidedBy);
      ctx.output('released', resolved.released);
      ctx.output('version', resolved.version);
      ctx.output('url', conflictUrl(resolved.conflictId));
    },
  });
}
