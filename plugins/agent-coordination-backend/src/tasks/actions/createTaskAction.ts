import {
  agentCoordinationTaskCreatePermission,
  checkCreateTask,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { checked } from '../checked';
import {
  describeBlocking,
  labelInput,
  PRIORITIES,
  taskChangeOutput,
  taskIdInput,
  type TaskActionContext,
} from './taskActionContext';

/** Creates a task, for MCP clients and other action callers: POST /tasks. */
export function registerCreateTaskAction(registry: ActionsRegistryService, ctx: TaskActionContext) {
  const { framework, lifecycle } = ctx;
  const kinds = framework.workKinds.map(k => k.id).join(', ');
  registry.register({
    name: 'create-task',
    title: 'Create a task',
    description:
      `Creates a task in the lifecycle's initial state (${lifecycle.initial}), optionally assigned to an agent and depending on other tasks. ` +
      `Any agent may create one (framework taskActions.create: ${framework.taskActions.create.join(', ')}); assigning it to another agent ` +
      `at creation is a reassignment (taskActions.reassign: ${framework.taskActions.reassign.join(', ')}), assigning it to yourself is not. ` +
      `The context manager then moves it to ${lifecycle.assigned} (transition-task). Work kinds: ${kinds}. ${describeBlocking(framework, lifecycle)} ` +
      `Answers the task as stored, with its version, and warnings for unfinished non-blocking dependencies.`,
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z
          .object({
            title: z.string().min(1).max(200),
            description: z.string().max(10000).nullable().optional(),
            kind: z.string().describe(`Framework work kind id: ${kinds}`),
            component: z
              .string()
              .max(255)
              .nullable()
              .optional()
              .describe('Catalog entity ref; a bare name means a Component in the default namespace'),
            assignee: z.string().nullable().optional().describe('Framework agent key, e.g. network_engineer'),
            priority: z.enum(PRIORITIES).optional().describe('Defaults to P2'),
            estimate: z.number().min(0).max(100000).nullable().optional().describe('Estimated effort in hours'),
            dueDate: z.string().date().nullable().optional().describe('A calendar date, YYYY-MM-DD'),
            labels: z.array(labelInput(z)).max(20).optional(),
            dependencies: z
              .array(
                z
                  .object({
                    taskId: taskIdInput(z).describe('A task this one depends on'),
                    blocking: z.boolean().optional().describe("Overrides the framework's rule when given"),
                  })
                  .strict(),
              )
              .max(50)
              .optional(),
          })
          // Like the route (additionalProperties: false): a misspelt field is refused, not dropped.
          .strict(),
      output: taskChangeOutput,
    },
    action: async ({ input, credentials }) => {
      const actor = ctx.actorFor(credentials);
      const body = checked(checkCreateTask(framework, input));
      await ctx.permissions.authorize(actor, agentCoordinationTaskCreatePermission);
      const { body: change } = await ctx.changes.create(actor, body);
      return { output: change };
    },
  });
}
