import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type { CreateTaskRequest, TaskChange } from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './createTask.examples';
import { DRY_RUN_ID, checkpointKey, explained, given, givenList, idempotencyKey, taskUrl } from './shared';

export const CREATE_TASK_ACTION_ID = 'agent-coordination:task:create';

const LABEL = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,62}$/;

/** What a created task leaves for the steps after it; also what the checkpoint keeps. */
type CreatedTask = {
  taskId: string;
  title: string;
  state: string;
  version: number;
  assignee: string | null;
  warnings: string[];
};

function created(change: TaskChange): CreatedTask {
  return {
    taskId: change.task.id,
    title: change.task.title,
    state: change.task.state,
    version: change.task.version,
    assignee: change.task.assignee,
    warnings: change.warnings.map(w => w.message),
  };
}

/**
 * Creates a coordination task from a template, as the template's user: the
 * framework's rules for that user's agent apply (assigning the task to
 * another agent at creation is the context manager's call, for instance).
 */
export function createCreateTaskAction(options: {
  coordination: Pick<AgentCoordinationService, 'createTask' | 'getFramework'>;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: CREATE_TASK_ACTION_ID,
    description:
      'Creates a task in the lifecycle’s initial state, optionally assigned to an agent, about a catalog component, depending on other tasks.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        title: z => z.string().min(1).max(200).describe('What is to be done, e.g. Add the staging VPC'),
        description: z => z.string().max(10000).optional().describe('Details, in Markdown'),
        kind: z =>
          z
            .string()
            .min(1)
            .default('general')
            .describe(
              'Framework work kind id, e.g. network_setup or api_development; it decides which dependencies block. Default: general',
            ),
        assignee: z =>
          z
            .string()
            .optional()
            .describe(
              'Framework agent key of the agent to do the work, e.g. network_engineer; leave out (or empty) for an unassigned task',
            ),
        priority: z => z.enum(['P0', 'P1', 'P2', 'P3']).optional().describe('P0 is the most urgent'),
        component: z =>
          z
            .string()
            .max(255)
            .optional()
            .describe('Catalog entity the task is about, e.g. component:default/vpc (a bare name is a Component)'),
        estimate: z => z.number().min(0).max(100000).optional().describe('Estimated effort in hours'),
        dueDate: z => z.string().optional().describe('Due date, YYYY-MM-DD'),
        labels: z =>
          z
            .array(z.string().regex(LABEL, 'Labels are letters, digits and . _ : / -, up to 63 characters'))
            .max(20)
            .optional()
            .describe('Labels, e.g. team:network'),
        dependencies: z =>
          z
            .array(
              z.object({
                taskId: z.string().min(1).max(64).describe('Id of the task this one depends on'),
                blocking: z
                  .boolean()
                  .optional()
                  .describe('Overrides the framework’s rule on whether it blocks'),
              }),
            )
            .max(50)
            .optional()
            .describe('Tasks this one depends on'),
      },
      output: {
        taskId: z => z.string().describe('Id of the new task'),
        title: z => z.string().describe('Its title'),
        state: z => z.string().describe('Its lifecycle state (the initial one, e.g. CREATED)'),
        version: z => z.number().describe('Its version: send it back to change the task'),
        assignee: z => z.string().optional().describe('Agent key of its assignee, if any'),
        url: z => z.string().describe('Where the portal shows it, e.g. /agent-coordination/tasks/<id>'),
        warnings: z =>
          z.array(z.string()).describe('Non-blocking dependencies that are not finished: work may go on, with care'),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      const title = given(input.title);
      if (!title) throw new InputError('The task needs a title; it is empty');
      const request: CreateTaskRequest = {
        title,
        kind: given(input.kind) ?? 'general',
      };
      const description = given(input.description);
      const assignee = given(input.assignee);
      const component = given(input.component);
      const dueDate = given(input.dueDate);
      const labels = givenList(input.labels);
      if (description) request.description = description;
      if (assignee) request.assignee = assignee;
      if (component) request.component = component;
      if (input.priority) request.priority = input.priority;
      if (input.estimate !== undefined) request.estimate = input.estimate;
      if (dueDate) request.dueDate = dueDate;
      if (labels) request.labels = labels;
      if (input.dependencies?.length) {
        request.dependencies = input.dependencies.map(d =>
          d.blocking === undefined ? { taskId: d.taskId } : { taskId: d.taskId, blocking: d.blocking },
        );
      }
      const credentials = await ctx.getInitiatorCredentials();

      let task: CreatedTask;
      if (ctx.isDryRun) {
        // Reading is harmless; the initial state depends on the framework's lifecycle.
        const framework = await explained(() => coordination.getFramework({ credentials }));
        const initial = (framework.lifecycle as { initial?: unknown }).initial;
        ctx.logger.info(`Dry run: would create the task ${JSON.stringify(request)}`);
        task = {
          taskId: DRY_RUN_ID,
          title: request.title,
          state: typeof initial === 'string' ? initial : 'CREATED',
          version: 1,
          assignee: request.assignee ?? null,
          warnings: [],
        };
      } else {
        task = await ctx.checkpoint({
          key: checkpointKey(ctx, 'task.create'),
          fn: async () =>
            created(
              await explained(() =>
                coordination.createTask(request, {
                  credentials,
                  idempotencyKey: idempotencyKey(ctx, 'task.create'),
                }),
              ),
            ),
        });
        ctx.logger.info(
          `Created task ${task.taskId} '${task.title}' (${task.state}${
            task.assignee ? `, assigned to ${task.assignee}` : ', unassigned'
          })`,
        );
        for (const warning of task.warnings) ctx.logger.warn(warning);
      }

      ctx.output('taskId', task.taskId);
      ctx.output('title', task.title);
      ctx.output('state', task.state);
      ctx.output('version', task.version);
      if (task.assignee) ctx.output('assignee', task.assignee);
      ctx.output('url', taskUrl(task.taskId));
      ctx.output('warnings', task.warnings);
    },
  });
}
