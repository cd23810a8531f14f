import {
  agentCoordinationTaskReadPermission,
  checkListTasksQuery,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { checked } from '../checked';
import { deriveTasks } from '../deriveTasks';
import { listTaskIds } from '../store/listTasks';
import { loadTasks } from '../store/tasks';
import { taskOutput, type TaskActionContext } from './taskActionContext';

const isTaskKey = (v: unknown[]): v is [string, string] =>
  v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/** Tasks, filtered, in creation order, a page at a time: GET /tasks. */
export function registerListTasksAction(registry: ActionsRegistryService, ctx: TaskActionContext) {
  const states = ctx.lifecycle.definition.states.map(s => s.name);
  registry.register({
    name: 'list-tasks',
    title: 'List tasks',
    description:
      'The tasks the caller may read, oldest first, optionally only those assigned to an agent, in a lifecycle state ' +
      `(${states.join(', ')}), of a work kind, about a catalog component or with a label. Each comes with its state, ` +
      'its version (send it back to change the task), what blocks it (blockedBy, heldBy) and its dependencies. ' +
      'When nextCursor is not null, pass it as cursor for the next page.',
    attributes: { destructive: false, idempotent: true, readOnly: true },
    schema: {
      input: z =>
        z
          .object({
            assignee: z.string().optional().describe('Framework agent key, e.g. network_engineer'),
            state: z.string().optional().describe(`A lifecycle state: ${states.join(', ')}`),
            kind: z.string().optional().describe('A framework work kind id'),
            component: z.string().max(255).optional().describe('Catalog entity ref, e.g. component:default/vpc'),
            label: z.string().min(1).max(63).optional(),
            limit: z.number().int().min(1).max(200).optional().describe('Page size, default 50'),
            cursor: z.string().max(500).optional().describe('The nextCursor of the previous page'),
          })
          .strict(),
      output: z => z.object({ tasks: z.array(taskOutput(z)), nextCursor: z.string().nullable() }),
    },
    action: async ({ input, credentials }) => {
      const actor = ctx.actorFor(credentials);
      const q = checked(checkListTasksQuery(ctx.framework, input));
      const permission = await ctx.permissions.listFilter(actor, agentCoordinationTaskReadPermission);
      const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, isTaskKey);
      const page = await listTaskIds(
        ctx.db,
        {
          state: q.state,
          assignees: q.assignee ? [q.assignee] : undefined,
          component: q.component,
          kind: q.kind,
          label: q.label,
          permission,
        },
        after && { createdAt: after[0], id: after[1] },
        q.limit ?? 50,
      );
      const rows = await loadTasks(ctx.db, page.ids);
      const tasks = await deriveTasks(ctx.db, page.ids.flatMap(id => rows.get(id) ?? []), ctx.lifecycle.done, ctx.holds);
      return {
        output: {
          tasks,
          nextCursor: page.more && page.last ? encodeCursor([page.last.createdAt, page.last.id]) : null,
        },
      };
    },
  });
}
