import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type { AddDependencyRequest } from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './addTaskDependency.examples';
import { checkpointKey, explained, given, idempotencyKey, taskUrl } from './shared';

export const ADD_TASK_DEPENDENCY_ACTION_ID = 'agent-coordination:task:add-dependency';

type Added = {
  taskId: string;
  state: string;
  version: number;
  blocking: boolean;
  source: string;
  deadlineAt: string | null;
  blockedBy: string[];
  warnings: string[];
};

/**
 * Makes one task depend on another as the template's user. Whether the
 * dependency blocks is the framework's rule for the two tasks' kinds unless
 * the template says otherwise; a cycle or a duplicate is refused by the
 * backend, in words the step passes on.
 */
export function createAddTaskDependencyAction(options: {
  coordination: Pick<AgentCoordinationService, 'getTask' | 'addTaskDependency'>;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: ADD_TASK_DEPENDENCY_ACTION_ID,
    description:
      'Makes a task depend on another task; blocking per the framework’s dependency rules unless `blocking` says otherwise.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        taskId: z => z.string().min(1).max(64).describe('Id of the task that waits'),
        dependsOn: z => z.string().min(1).max(64).describe('Id of the task it waits for'),
        blocking: z =>
          z.boolean().optional().describe('Whether the dependency blocks; by default the framework’s rule decides'),
        version: z =>
          z
            .number()
            .int()
            .min(1)
            .optional()
            .describe('The version of the waiting task the template read; by default the step reads the task first'),
      },
      output: {
        taskId: z => z.string().describe('Id of the waiting task'),
        dependsOn: z => z.string().describe('Id of the task it now depends on'),
        blocking: z => z.boolean().describe('Whether the new dependency blocks'),
        source: z => z.string().describe('rule (the framework decided blocking) or explicit (the template did)'),
        deadlineAt: z => z.string().optional().describe('When an unfinished blocking dependency raises an alert'),
        state: z => z.string().describe('State of the waiting task now'),
        version: z => z.number().describe('Its version now'),
        blockedBy: z => z.array(z.string()).describe('Its blocking dependencies not done yet'),
        url: z => z.string().describe('Where the portal shows the waiting task'),
        warnings: z => z.array(z.string()).describe('Non-blocking dependencies that are not finished'),
      },
    },
    async handler(ctx) {
      const taskId = given(ctx.input.taskId);
      const dependsOn = given(ctx.input.dependsOn);
      if (!taskId) throw new InputError('Name the waiting task: taskId is empty');
      if (!dependsOn) throw new InputError('Name the task it waits for: dependsOn is empty');
      if (taskId === dependsOn) throw new InputError(`Task ${taskId} cannot depend on itself`);
      const credentials = await ctx.getInitiatorCredentials();
      const readTask = () => explained(() => coordination.getTask(taskId, { credentials }));

      if (ctx.isDryRun) {
        const current = await readTask();
        const version = ctx.input.version ?? current.version;
        let how = '';
        if (ctx.input.blocking === true) how = ', blocking';
        if (ctx.input.blocking === false) how = ', not blocking';
        ctx.logger.info(`Dry run: would make task ${taskId} (version ${version}) depend on ${dependsOn}${how}`);
        ctx.output('taskId', taskId);
        ctx.output('dependsOn', dependsOn);
        ctx.output('blocking', ctx.input.blocking ?? false);
        ctx.output('source', ctx.input.blocking === undefined ? 'rule' : 'explicit');
        ctx.output('state', current.state);
        ctx.output('version', version + 1);
        ctx.output('blockedBy', []);
        ctx.output('url', taskUrl(taskId));
        ctx.output('warnings', []);
        return;
      }

      // Kept with the step so a retry repeats the exact request (see task:transition).
      const version =
        ctx.input.version ?? (await ctx.checkpoint({ key: checkpointKey(ctx, 'task.read'), fn: async () => (await readTask()).version }));
      const request: AddDependencyRequest = { taskId: dependsOn, version };
      if (ctx.input.blocking !== undefined) request.blocking = ctx.input.blocking;
      const added: Added = await ctx.checkpoint({
        key: checkpointKey(ctx, 'task.add-dependency'),
        fn: async () => {
          const change = await explained(() =>
            coordination.addTaskDependency(taskId, request, {
              credentials,
              idempotencyKey: idempotencyKey(ctx, 'task.add-dependency'),
            }),
          );
          const dependency = change.task.dependencies.find(d => d.taskId === dependsOn);
          return {
            taskId: change.task.id,
            state: change.task.state,
            version: change.task.version,
            blocking: dependency?.blocking ?? false,
            source: dependency?.source ?? 'rule',
            deadlineAt: dependency?.deadlineAt ?? null,
            blockedBy: change.task.blockedBy,
            warnings: change.warnings.map(w => w.message),
          };
        },
      });
      ctx.logger.info(
        `Task ${added.taskId} now depends on ${dependsOn} (${added.blocking ? 'blocking' : 'not blocking'}, by ${
          added.source === 'explicit' ? 'the template' : 'the framework’s rule'
        }); it is ${added.state}`,
      );
      for (const warning of added.warnings) ctx.logger.warn(warning);
      ctx.output('taskId', added.taskId);
      ctx.output('dependsOn', dependsOn);
      ctx.output('blocking', added.blocking);
      ctx.output('source', added.source);
      if (added.deadlineAt) ctx.output('deadlineAt', added.deadlineAt);
      ctx.output('state', added.state);
      ctx.output('version', added.version);
      ctx.output('blockedBy', added.blockedBy);
      ctx.output('url', taskUrl(added.taskId));
      ctx.output('warnings', added.warnings);
    },
  });
}
