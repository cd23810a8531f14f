import { agentCoordinationTaskUpdatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { RefusalError } from '../../platform/changes/errors';
import {
  describeBlocking,
  taskChangeOutput,
  taskIdInput,
  versionInput,
  type TaskActionContext,
} from './taskActionContext';

/*
 * The route's body calls the task depended on `taskId` (the dependent is in
 * the path), and the rules name that field in their refusals; here
 * `taskId` is the dependent, as in every task action, so a refusal about
 * the other task must name the field the caller filled in.
 */
const ABOUT_THE_TARGET = ['self_dependency', 'unknown_task'];

function inActionTerms(error: unknown): unknown {
  if (!(error instanceof RefusalError) || !ABOUT_THE_TARGET.includes(error.code)) return error;
  return new RefusalError({ ...error.refusal, message: error.message.replace(/^taskId:/, 'dependsOnId:') });
}

/** Makes a task depend on another: POST /tasks/{id}/dependencies. */
export function registerAddTaskDependencyAction(registry: ActionsRegistryService, ctx: TaskActionContext) {
  const { framework, lifecycle } = ctx;
  registry.register({
    name: 'add-task-dependency',
    title: 'Make a task depend on another',
    description:
      `Makes a task depend on another one. ${describeBlocking(framework, lifecycle)} ` +
      `Adding an unfinished blocking dependency to a task in ${lifecycle.running} blocks it at once. ` +
      `Who may: framework taskActions.addDependency (${framework.taskActions.addDependency.join(', ')}); never on a final task, ` +
      'on itself, twice, or so as to close a cycle. Send the version of the task you read; a stale one is refused (409).',
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z
          .object({
            taskId: taskIdInput(z).describe('The task that is to wait'),
            dependsOnId: taskIdInput(z).describe('The task it is to depend on'),
            blocking: z.boolean().optional().describe("Overrides the framework's rule when given"),
            version: versionInput(z),
          })
          .strict(),
      output: taskChangeOutput,
    },
    action: async ({ input, credentials }) => {
      const actor = ctx.actorFor(credentials);
      await ctx.permissions.authorizeResource(actor, agentCoordinationTaskUpdatePermission, input.taskId);
      const { body } = await ctx.changes
        .addDependency(actor, input.taskId, {
          taskId: input.dependsOnId,
          version: input.version,
          ...(input.blocking !== undefined && { blocking: input.blocking }),
        })
        .catch(error => {
          throw inActionTerms(error);
        });
      return { output: body };
    },
  });
}
