import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type { ChangeSetRequest } from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './submitChangeSet.examples';
import { checkpointKey, conflictUrl, explained, given, givenList, idempotencyKey } from './shared';

export const SUBMIT_CHANGE_SET_ACTION_ID = 'agent-coordination:change-set:submit';

/** Paths looked up at once in a dry run. */
const LOOKUPS_AT_ONCE = 8;

type Submitted = {
  changeSetId: string;
  opened: number;
  foreignPaths: string[];
  contestedPaths: string[];
  conflicts: Array<{ id: string; level: string; authority: string; deadlineAt: string; url: string }>;
};

/**
 * Tells the backend which paths a change (a pull request the template
 * opened, say) touches and which agent makes it. The backend answers with
 * each path's owners and opens an ownership conflict when the paths belong
 * to another agent or to several equally; the same change set sent again
 * opens nothing again.
 */
export function createSubmitChangeSetAction(options: {
  coordination: Pick<AgentCoordinationService, 'submitChangeSet' | 'lookupOwnership'>;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: SUBMIT_CHANGE_SET_ACTION_ID,
    description:
      'Submits the paths a change touches and the agent making it; opens ownership conflicts for paths another agent owns or several own equally.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        agent: z => z.string().min(1).describe('Framework agent key of the agent making the change, e.g. cicd_engineer'),
        paths: z =>
          z
            .array(z.string().min(1).max(1024))
            .min(1)
            .max(500)
            .describe('Repository paths the change touches, e.g. [workflows/deploy.yaml]'),
        ref: z => z.string().max(500).optional().describe('Where the change lives, e.g. the pull request URL'),
        title: z => z.string().max(200).optional().describe('The change’s title, e.g. the pull request’s'),
      },
      output: {
        changeSetId: z => z.string().describe('The change set’s identity; the same change set sent again has the same id'),
        opened: z => z.number().describe('How many conflicts this step opened (0 when the change set was seen before)'),
        conflictIds: z => z.array(z.string()).describe('Ids of the ownership conflicts about this change set'),
        conflicts: z =>
          z
            .array(
              z.object({
                id: z.string(),
                level: z.string(),
                authority: z.string(),
                deadlineAt: z.string(),
                url: z.string(),
              }),
            )
            .describe('Those conflicts, with who decides and by when'),
        foreignPaths: z => z.array(z.string()).describe('Paths whose primary owner is another agent'),
        contestedPaths: z => z.array(z.string()).describe('Paths several agents own equally'),
      },
    },
    async handler(ctx) {
      const agent = given(ctx.input.agent);
      if (!agent) throw new InputError('Name the agent making the change: agent is empty');
      const paths = [...new Set(givenList(ctx.input.paths) ?? [])];
      if (!paths.length) throw new InputError('A change set needs at least one path; paths is empty');
      const request: ChangeSetRequest = { agent, paths };
      const ref = given(ctx.input.ref);
      const title = given(ctx.input.title);
      if (ref) request.ref = ref;
      if (title) request.title = title;
      const credentials = await ctx.getInitiatorCredentials();

      if (ctx.isDryRun) {
        // Who owns each path is a read: the dry run can say which paths would open conflicts.
        const foreignPaths: string[] = [];
        const contestedPaths: string[] = [];
        for (let i = 0; i < paths.length; i += LOOKUPS_AT_ONCE) {
          const answers = await Promise.all(
            paths
              .slice(i, i + LOOKUPS_AT_ONCE)
              .map(path => explained(() => coordination.lookupOwnership(path, { credentials }))),
          );
          answers.forEach((answer, j) => {
            const path = paths[i + j];
            if (answer.conflict) contestedPaths.push(path);
            else if (answer.primary.length === 1 && answer.primary[0] !== agent) foreignPaths.push(path);
          });
        }
        ctx.logger.info(
          `Dry run: would submit ${paths.length} path(s) changed by ${agent}; ${
            foreignPaths.length || contestedPaths.length
              ? `ownership conflicts would be opened for ${[...foreignPaths, ...contestedPaths].join(', ')}`
              : 'all are its own'
          }`,
        );
        ctx.output('changeSetId', 'dry-run');
        ctx.output('opened', 0);
        ctx.output('conflictIds', []);
        ctx.output('conflicts', []);
        ctx.output('foreignPaths', foreignPaths);
        ctx.output('contestedPaths', contestedPaths);
        return;
      }

      const submitted: Submitted = await ctx.checkpoint({
        key: checkpointKey(ctx, 'change-set.submit'),
        fn: async () => {
          const answer = await explained(() =>
            coordination.submitChangeSet(request, {
              credentials,
              idempotencyKey: idempotencyKey(ctx, 'change-set.submit'),
            }),
          );
          return {
            changeSetId: answer.id,
            opened: answer.opened,
            foreignPaths: answer.paths.filter(p => p.foreign && !p.conflict).map(p => p.path),
            contestedPaths: answer.paths.filter(p => p.conflict).map(p => p.path),
            conflicts: answer.conflicts.map(c => ({
              id: c.id,
              level: c.level,
              authority: c.authority.name,
              deadlineAt: c.deadlineAt,
              url: conflictUrl(c.id),
            })),
          };
        },
      });
      if (submitted.conflicts.length) {
        ctx.logger.warn(
          `Change set ${submitted.changeSetId} is in ${submitted.conflicts.length} ownership conflict(s) (${
            submitted.opened
          } opened now): ${submitted.conflicts.map(c => `${c.id} (${c.authority} decides by ${c.deadlineAt})`).join('; ')}`,
        );
      } else {
        ctx.logger.info(`Change set ${submitted.changeSetId}: every path is ${agent}'s own`);
      }
      ctx.output('changeSetId', submitted.changeSetId);
      ctx.output('opened', submitted.opened);
      ctx.output('conflictIds', submitted.conflicts.map(c => c.id));
      ctx.output('conflicts', submitted.conflicts);
      ctx.output('foreignPaths', submitted.foreignPaths);
      ctx.output('contestedPaths', submitted.contestedPaths);
    },
  });
}
