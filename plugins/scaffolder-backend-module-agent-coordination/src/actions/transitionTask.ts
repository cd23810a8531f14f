import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type { TransitionRequest } from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './transitionTask.examples';
import { checkpointKey, explained, given, idempotencyKey, taskUrl } from './shared';

export const TRANSITION_TASK_ACTION_ID = 'agent-coordination:task:transition';

type Moved = {
  taskId: string;
  state: string;
  version: number;
  blockedBy: string[];
  warnings: string[];
};

/**
 * Moves a task along the framework's lifecycle as the template's user. The
 * write carries the version the step read, so a task someone changed in
 * between is refused (409) rather than moved from a state nobody looked at.
 */
export function createTransitionTaskAction(options: {
  coordination: Pick<AgentCoordinationService, 'getTask' | 'transitionTask'>;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: TRANSITION_TASK_ACTION_ID,
    description:
      'Moves a task to another lifecycle state (e.g. ASSIGNED, IN_PROGRESS, REVIEW), by the framework’s rules for the template user’s agent.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        taskId: z => z.string().min(1).max(64).describe('Id of the task to move'),
        to: z =>
          z
            .string()
            .min(1)
            .describe('Lifecycle state to move it to, e.g. ASSIGNED, IN_PROGRESS, BLOCKED, REVIEW, COMPLETED, FAILED'),
        reason: z => z.string().max(2000).optional().describe('Why, for the task’s history'),
        version: z =>
          z
            .number()
            .int()
            .min(1)
            .optional()
            .describe(
              'The task version the template read (e.g. steps.create.output.version); by default the step reads the task first',
            ),
      },
      output: {
        taskId: z => z.string().describe('Id of the task'),
        state: z =>
          z
            .string()
            .describe('Its state now; entering IN_PROGRESS with unfinished blocking dependencies ends in BLOCKED'),
        previousState: z => z.string().optional().describe('Its state before, when the step read it'),
        version: z => z.number().describe('Its version now'),
        blockedBy: z => z.array(z.string()).describe('Blocking dependencies not done yet'),
        url: z => z.string().describe('Where the portal shows it, /agent-coordination/tasks/<id>'),
        warnings: z => z.array(z.string()).describe('Non-blocking dependencies that are not finished'),
      },
    },
    async handler(ctx) {
      const taskId = given(ctx.input.taskId);
      const to = given(ctx.input.to);
      if (!taskId) throw new InputError('Name the task to move: taskId is empty');
      if (!to) throw new InputError('Name the state to move the task to: to is empty');
      const reason = given(ctx.input.reason);
      const credentials = await ctx.getInitiatorCredentials();
      const read = async () => {
        const task = await explained(() => coordination.getTask(taskId, { credentials }));
        return { version: task.version, state: task.state };
      };

      if (ctx.isDryRun) {
        const current = await read();
        ctx.logger.info(
          `Dry run: would move task ${taskId} from ${current.state} to ${to} (version ${ctx.input.version ?? current.version})`,
        );
        ctx.output('taskId', taskId);
        ctx.output('state', to);
        ctx.output('previousState', current.state);
        ctx.output('version', current.version + 1);
        ctx.output('blockedBy', []);
        ctx.output('url', taskUrl(taskId));
        ctx.output('warnings', []);
        return;
      }

      // The version read is kept with the step, so a retry sends the very
      // request it sent before and the backend recognises it by its key.
      const before =
        ctx.input.version !== undefined
          ? { version: ctx.input.version, state: undefined }
          : await ctx.checkpoint({ key: checkpointKey(ctx, 'task.read'), fn: read });
      const request: TransitionRequest = { to, version: before.version };
      if (reason) request.reason = reason;
      const moved: Moved = await ctx.checkpoint({
        key: checkpointKey(ctx, 'task.transition'),
        fn: async () => {
          const change = await explained(() =>
            coordination.transitionTask(taskId, request, {
              credentials,
              idempotencyKey: idempotencyKey(ctx, 'task.transition'),
            }),
          );
          return {
            taskId: change.task.id,
            state: change.task.state,
            version: change.task.version,
            blockedBy: change.task.blockedBy,
            warnings: change.warnings.map(w => w.message),
          };
        },
      });
      if (moved.state === to) {
        ctx.logger.info(`Moved task ${moved.taskId}${before.state ? ` from ${before.state}` : ''} to ${moved.state}`);
      } else {
        ctx.logger.warn(
          `Task ${moved.taskId} asked to enter ${to} is ${moved.state}${
            moved.blockedBy.length ? `: blocked by ${moved.blockedBy.join(', ')}` : ''
          }`,
        );
      }
      for (const warning of moved.warnings) ctx.logger.warn(warning);
      ctx.output('taskId', moved.taskId);
      ctx.output('state', moved.state);
      if (before.state) ctx.output('previousState', before.state);
      ctx.output('version', moved.version);
      ctx.output('blockedBy', moved.blockedBy);
      ctx.output('url', taskUrl(moved.taskId));
      ctx.output('warnings', moved.warnings);
    },
  });
}
