import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type { OpenConflictRequest } from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './openConflict.examples';
import {
  DRY_RUN_ID,
  checkpointKey,
  conflictOutputs,
  conflictUrl,
  explained,
  given,
  givenList,
  idempotencyKey,
} from './shared';

export const OPEN_CONFLICT_ACTION_ID = 'agent-coordination:conflict:open';

/**
 * Opens a conflict between agents as the template's user. The backend puts
 * it at L1 with the authority and deadline the framework's escalation
 * matrix gives its type and category, and holds the tasks it blocks until
 * it is resolved; the step passes those on for the template's output.
 */
export function createOpenConflictAction(options: { coordination: Pick<AgentCoordinationService, 'openConflict'> }) {
  const { coordination } = options;
  return createTemplateAction({
    id: OPEN_CONFLICT_ACTION_ID,
    description:
      'Opens a conflict between two or more agents at L1, with who decides and by when from the framework’s escalation matrix.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        type: z =>
          z.string().min(1).describe('Framework conflict type: technical, design, priority or ownership'),
        category: z =>
          z
            .string()
            .optional()
            .describe(
              'Escalation matrix row that follows the type: code_merge or security (technical), architecture (design), priority or resource (priority)',
            ),
        title: z => z.string().min(1).max(200).describe('What the conflict is about, in a line'),
        description: z => z.string().max(10000).optional().describe('Details, in Markdown'),
        parties: z =>
          z
            .array(z.string())
            .min(2)
            .max(14)
            .describe('Framework agent keys of the agents in conflict, at least two, e.g. [network_engineer, cicd_engineer]'),
        paths: z =>
          z.array(z.string().max(1024)).max(200).optional().describe('Repository paths the conflict is about'),
        components: z =>
          z.array(z.string().max(255)).max(50).optional().describe('Catalog entities it is about, e.g. component:default/vpc'),
        tasks: z => z.array(z.string().max(64)).max(50).optional().describe('Ids of tasks it is about'),
        blocks: z =>
          z
            .array(z.string().max(64))
            .max(50)
            .optional()
            .describe('Ids of tasks to hold blocked until the conflict is resolved'),
      },
      output: {
        conflictId: z => z.string().describe('Id of the new conflict'),
        status: z => z.string().describe('open'),
        level: z => z.string().describe('Its escalation level: L1'),
        authority: z => z.string().describe('Who decides at this level, as the framework names it, e.g. Context Manager'),
        authorityId: z => z.string().describe('The framework’s id of that authority, e.g. context_manager'),
        authorityKind: z =>
          z.string().describe('holders (named agents or groups decide), consensus (the parties vote) or primary_owner'),
        deciders: z => z.array(z.string()).describe('Agent keys and group refs that decide at this level'),
        deadlineAt: z => z.string().describe('When the level escalates if undecided (ISO 8601)'),
        resolveBy: z => z.string().describe('The latest the whole ladder may take (ISO 8601)'),
        version: z => z.number().describe('Its version: send it back to escalate or resolve'),
        typeName: z => z.string().describe('The conflict type’s name, e.g. Technical conflicts'),
        categoryName: z => z.string().optional().describe('The matrix row’s name, e.g. Code Merge'),
        blocks: z => z.array(z.string()).describe('Tasks held blocked until it is resolved'),
        url: z => z.string().describe('Where the portal shows it, /agent-coordination/conflicts/<id>'),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      const type = given(input.type);
      const title = given(input.title);
      if (!type) throw new InputError('Name the conflict type (technical, design, priority or ownership): type is empty');
      if (!title) throw new InputError('The conflict needs a title; it is empty');
      const parties = [...new Set(givenList(input.parties) ?? [])];
      if (parties.length < 2) {
        throw new InputError(
          `A conflict is between at least two different agents; got ${parties.length ? parties.join(', ') : 'none'}`,
        );
      }
      const request: OpenConflictRequest = { type, title, parties };
      const category = given(input.category);
      const description = given(input.description);
      if (category) request.category = category;
      if (description) request.description = description;
      const subject: NonNullable<OpenConflictRequest['subject']> = {};
      const paths = givenList(input.paths);
      const components = givenList(input.components);
      const tasks = givenList(input.tasks);
      if (paths) subject.paths = paths;
      if (components) subject.components = components;
      if (tasks) subject.tasks = tasks;
      if (Object.keys(subject).length) request.subject = subject;
      const blocks = givenList(input.blocks);
      if (blocks) request.blocks = blocks;
      const credentials = await ctx.getInitiatorCredentials();

      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would open the conflict ${JSON.stringify(request)}`);
        const now = new Date().toISOString();
        ctx.output('conflictId', DRY_RUN_ID);
        ctx.output('status', 'open');
        ctx.output('level', 'L1');
        ctx.output('authority', '(named by the framework when the conflict opens)');
        ctx.output('authorityId', 'dry-run');
        ctx.output('authorityKind', 'holders');
        ctx.output('deciders', []);
        ctx.output('deadlineAt', now);
        ctx.output('resolveBy', now);
        ctx.output('version', 1);
        ctx.output('typeName', type);
        if (category) ctx.output('categoryName', category);
        ctx.output('blocks', blocks ?? []);
        ctx.output('url', conflictUrl(DRY_RUN_ID));
        return;
      }

      const opened = await ctx.checkpoint({
        key: checkpointKey(ctx, 'conflict.open'),
        fn: async () => {
          const conflict = await explained(() =>
            coordination.openConflict(request, { credentials, idempotencyKey: idempotencyKey(ctx, 'conflict.open') }),
          );
          return {
            ...conflictOutputs(conflict),
            typeName: conflict.typeName,
            categoryName: conflict.categoryName,
            blocks: conflict.blocks,
          };
        },
      });
      ctx.logger.info(
        `Opened conflict ${opened.conflictId} '${title}' at ${opened.level}: ${opened.authority} decides by ${opened.deadlineAt}`,
      );
      ctx.output('conflictId', opened.conflictId);
      ctx.output('status', opened.status);
      ctx.output('level', opened.level);
      ctx.output('authority', opened.authority);
      ctx.output('authorityId', opened.authorityId);
      ctx.output('authorityKind', opened.authorityKind);
      ctx.output('deciders', opened.deciders);
      ctx.output('deadlineAt', opened.deadlineAt);
      ctx.output('resolveBy', opened.resolveBy);
      ctx.output('version', opened.version);
      ctx.output('typeName', opened.typeName);
      if (opened.categoryName) ctx.output('categoryName', opened.categoryName);
      ctx.output('blocks', opened.blocks);
      ctx.output('url', opened.url);
    },
  });
}
