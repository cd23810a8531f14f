import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type { ListTasksQuery, Task } from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './listTasks.examples';
import { explained, given, taskUrl } from './shared';

export const LIST_TASKS_ACTION_ID = 'agent-coordination:task:list';

/** The API serves at most this many per page. */
const PAGE = 200;

/**
 * Looks tasks up for a template, e.g. to refuse opening a second task for
 * the same component, or to list an agent's open work in the step's output.
 * It only reads, so it runs in dry runs too.
 */
export function createListTasksAction(options: { coordination: Pick<AgentCoordinationService, 'listTasks'> }) {
  const { coordination } = options;
  return createTemplateAction({
    id: LIST_TASKS_ACTION_ID,
    description:
      'Finds tasks by assignee, state, label, component, priority, kind or text, in creation order; outputs their ids, titles and states.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        assignee: z => z.string().optional().describe('Framework agent key of the assignee, e.g. network_engineer'),
        state: z => z.string().optional().describe('Lifecycle state, e.g. IN_PROGRESS'),
        label: z => z.string().max(63).optional().describe('A label the tasks carry, e.g. team:network'),
        component: z =>
          z.string().max(255).optional().describe('Catalog entity the tasks are about, e.g. component:default/vpc'),
        priority: z => z.enum(['P0', 'P1', 'P2', 'P3']).optional().describe('Priority'),
        kind: z => z.string().optional().describe('Framework work kind id'),
        text: z => z.string().max(200).optional().describe('Case-insensitive part of the title or description'),
        limit: z =>
          z.number().int().min(1).max(1000).default(100).describe('At most this many tasks (default 100)'),
      },
      output: {
        tasks: z =>
          z
            .array(
              z.object({
                id: z.string(),
                title: z.string(),
                state: z.string(),
                assignee: z.string().nullable(),
                priority: z.string(),
                component: z.string().nullable(),
                version: z.number(),
                url: z.string(),
              }),
            )
            .describe('The tasks found, oldest first'),
        taskIds: z => z.array(z.string()).describe('Their ids'),
        count: z => z.number().describe('How many were found (up to limit)'),
        more: z => z.boolean().describe('More tasks match than limit allowed'),
      },
    },
    async handler(ctx) {
      const filters: ListTasksQuery = {};
      for (const name of ['assignee', 'state', 'label', 'component', 'kind', 'text'] as const) {
        const value = given(ctx.input[name]);
        if (value) filters[name] = value;
      }
      if (ctx.input.priority) filters.priority = ctx.input.priority;
      const limit = ctx.input.limit ?? 100;
      const credentials = await ctx.getInitiatorCredentials();

      const found: Task[] = [];
      let cursor: string | undefined;
      let more = false;
      for (;;) {
        const query = { ...filters, limit: Math.min(PAGE, limit - found.length), ...(cursor ? { cursor } : {}) };
        const page = await explained(() => coordination.listTasks(query, { credentials }));
        found.push(...page.items);
        if (!page.nextCursor) break;
        if (found.length >= limit) {
          more = true;
          break;
        }
        cursor = page.nextCursor;
      }
      const tasks = found.slice(0, limit).map(t => ({
        id: t.id,
        title: t.title,
        state: t.state,
        assignee: t.assignee,
        priority: t.priority,
        component: t.component,
        version: t.version,
        url: taskUrl(t.id),
      }));
      const described = Object.entries(filters)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      ctx.logger.info(
        `${tasks.length}${more ? '+' : ''} task(s) ${described ? `with ${described}` : 'in all'}${
          tasks.length ? `: ${tasks.map(t => `${t.id} '${t.title}' (${t.state})`).join('; ')}` : ''
        }`,
      );
      ctx.output('tasks', tasks);
      ctx.output('taskIds', tasks.map(t => t.id));
      ctx.output('count', tasks.length);
      ctx.output('more', more);
    },
  });
}
