import {
  agentCoordinationTaskReadPermission,
  allowedTaskActions,
  taskRoles,
  transitionsAllowed,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { requireTask } from '../commands/context';
import { deriveTasks } from '../deriveTasks';
import { describeLifecycle, taskIdInput, taskOutput, type TaskActionContext } from './taskActionContext';

/** One task and what the caller may do with it now: GET /tasks/{id} and GET /tasks/{id}/transitions. */
export function registerGetTaskAction(registry: ActionsRegistryService, ctx: TaskActionContext) {
  const { framework, lifecycle } = ctx;
  registry.register({
    name: 'get-task',
    title: 'Get a task and what you may do with it',
    description:
      'One task (state, version, assignee, dependencies, what blocks it) and what the caller may do with it now: the roles it ' +
      'holds on the task, the lifecycle moves it may make (each one allowed by the same rules transition-task applies) and ' +
      `whether it may edit, reassign or change dependencies. A caller mapped to no agent may read, but do nothing. ${describeLifecycle(
        framework,
        lifecycle,
      )}`,
    attributes: { destructive: false, idempotent: true, readOnly: true },
    schema: {
      input: z => z.object({ taskId: taskIdInput(z) }).strict(),
      output: z =>
        z.object({
          task: taskOutput(z),
          agent: z.string().nullable().describe('The framework agent the caller acts as; null: it may only read'),
          roles: z.array(z.string()).describe('The roles the caller holds on this task'),
          transitions: z
            .array(z.object({ to: z.string(), trigger: z.string() }))
            .describe('The states the caller may move the task to now (transition-task)'),
          actions: z.object({
            edit: z.boolean(),
            reassign: z.boolean(),
            addDependency: z.boolean(),
            removeDependency: z.boolean(),
            editableFields: z.array(z.string()),
          }),
        }),
    },
    action: async ({ input, credentials }) => {
      const actor = ctx.actorFor(credentials);
      await ctx.permissions.authorizeResource(actor, agentCoordinationTaskReadPermission, input.taskId);
      const [task] = await deriveTasks(ctx.db, [await requireTask(ctx.db, input.taskId)], lifecycle.done, ctx.holds);
      const roles = taskRoles(framework, actor, task);
      return {
        output: {
          task,
          agent: actor.agent?.key ?? null,
          roles,
          transitions: transitionsAllowed(lifecycle, { principal: actor.principal, roles }, task, {
            dependencies: task.blockedBy,
            holds: task.heldBy,
          }),
          actions: allowedTaskActions(framework, lifecycle, roles, task),
        },
      };
    },
  });
}
