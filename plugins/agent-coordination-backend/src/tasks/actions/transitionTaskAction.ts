import { agentCoordinationTaskTransitionPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  describeBlocking,
  describeLifecycle,
  taskChangeOutput,
  taskIdInput,
  versionInput,
  type TaskActionContext,
} from './taskActionContext';

/** Moves a task along the lifecycle: POST /tasks/{id}/transitions. */
export function registerTransitionTaskAction(registry: ActionsRegistryService, ctx: TaskActionContext) {
  const { framework, lifecycle } = ctx;
  const states = lifecycle.definition.states.map(s => s.name);
  registry.register({
    name: 'transition-task',
    title: 'Move a task to another lifecycle state',
    description:
      'Moves a task to another lifecycle state when the framework has that move from its current state and the caller holds a role ' +
      'that may make it; get-task answers the moves the caller may make now. ' +
      `${describeLifecycle(framework, lifecycle)} ${describeBlocking(framework, lifecycle)} ` +
      'Send the version of the task you read (get-task or list-tasks): if the task changed since, the move is refused as stale ' +
      '(409) and nothing changes; read it again and decide anew.',
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z
          .object({
            taskId: taskIdInput(z),
            to: z.string().min(1).describe(`The state to move to: ${states.join(', ')}`),
            reason: z.string().max(2000).optional().describe('Why, recorded in the task history'),
            version: versionInput(z),
          })
          .strict(),
      output: taskChangeOutput,
    },
    action: async ({ input, credentials }) => {
      const actor = ctx.actorFor(credentials);
      await ctx.permissions.authorizeResource(actor, agentCoordinationTaskTransitionPermission, input.taskId);
      const { body } = await ctx.changes.transition(actor, input.taskId, {
        to: input.to,
        version: input.version,
        ...(input.reason !== undefined && { reason: input.reason }),
      });
      return { output: body };
    },
  });
}
