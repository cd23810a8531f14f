import {
  agentCoordinationTaskReadPermission,
  lifecycleRoles,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Task, TaskSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { actorFor, type Actor } from '../platform/actors';
import type { EventWriter } from '../platform/changes/EventWriter';
import { registerAddTaskDependencyAction } from './actions/addTaskDependencyAction';
import { registerCreateTaskAction } from './actions/createTaskAction';
import { registerGetTaskAction } from './actions/getTaskAction';
import { registerListTasksAction } from './actions/listTasksAction';
import type { TaskActionContext } from './actions/taskActionContext';
import { registerTransitionTaskAction } from './actions/transitionTaskAction';
import { holdTasks, releaseTasks } from './commands/autoBlock';
import type { TaskRules } from './commands/context';
import { deriveTasks } from './deriveTasks';
import { TaskHolds } from './holds';
import type { PluginContext } from '../platform/PluginContext';
import { createTaskPermissions, type TaskPermissions } from './permissions/taskPermissions';
import { scheduleDependencyTimeouts } from './jobs/dependencyTimeouts';
import { notifyTaskAlerts } from './notifications';
import { addTaskDependencyRoute } from './routes/addTaskDependency';
import { createTaskRoute } from './routes/createTask';
import { getTaskRoute } from './routes/getTask';
import { getTaskEventsRoute } from './routes/getTaskEvents';
import { getTaskTransitionsRoute } from './routes/getTaskTransitions';
import { listTasksRoute } from './routes/listTasks';
import { removeTaskDependencyRoute } from './routes/removeTaskDependency';
import { transitionTaskRoute } from './routes/transitionTask';
import { updateTaskRoute } from './routes/updateTask';
import { publishTaskSignals } from './signals';
import { taskEventVisibility } from './store/readableTasks';
import { countOpenTasks } from './store/countOpenTasks';
import { TaskChanges } from './TaskChanges';

/** What the other nouns may use of tasks. */
export interface TasksNoun {
  permissions: TaskPermissions;
  changes: TaskChanges;
  /** Open tasks per framework agent key, among those `actor` may read (none counted if it may read none). */
  openTasks: (actor: Actor) => Promise<Map<string, number>>;
  /** Where another noun registers what it holds tasks with. */
  holds: TaskHolds;
  /** Inside another noun's change: block the running ones of these tasks now (their hold rows written first). */
  hold: (writer: EventWriter, taskIds: string[]) => Promise<void>;
  /** Inside another noun's change: release these tasks if nothing else keeps them. */
  release: (writer: EventWriter, taskIds: string[], cause: string) => Promise<void>;
  /** Tasks as served (blockedBy, heldBy). */
  derive: (db: Knex, tasks: TaskSnapshot[]) => Promise<Task[]>;
}

/**
 * The task noun: its permissions, routes, signals, notifications, jobs and
 * its share of the event log.
 */
export async function bindTasks(ctx: PluginContext): Promise<TasksNoun> {
  const lifecycle = lifecycleRoles(ctx.framework.lifecycle);
  const holds = new TaskHolds();
  const rules: TaskRules = { framework: ctx.framework, lifecycle, holds };
  const permissions = createTaskPermissions(ctx);
  const changes = new TaskChanges(ctx.changes, rules);
  const routes = {
    router: ctx.router,
    db: ctx.db,
    framework: ctx.framework,
    lifecycle,
    holds,
    actorOf: ctx.actorOf,
    permissions,
    changes,
  };
  createTaskRoute(routes);
  listTasksRoute(routes);
  getTaskRoute(routes);
  updateTaskRoute(routes);
  getTaskTransitionsRoute(routes);
  transitionTaskRoute(routes);
  addTaskDependencyRoute(routes);
  removeTaskDependencyRoute(routes);
  getTaskEventsRoute(routes);

  const actions: TaskActionContext = {
    db: ctx.db,
    framework: ctx.framework,
    lifecycle,
    holds,
    permissions,
    changes,
    actorFor: credentials => actorFor(credentials, ctx.actors),
  };
  registerCreateTaskAction(ctx.actionsRegistry, actions);
  registerListTasksAction(ctx.actionsRegistry, actions);
  registerGetTaskAction(ctx.actionsRegistry, actions);
  registerTransitionTaskAction(ctx.actionsRegistry, actions);
  registerAddTaskDependencyAction(ctx.actionsRegistry, actions);

  ctx.announcer.on('task', publishTaskSignals(ctx.signals));
  ctx.announcer.on('task', notifyTaskAlerts(ctx.notifications, ctx.actors, ctx.logger));
  ctx.eventLog.addVisibility(async actor =>
    taskEventVisibility(ctx.db, await permissions.conditions(actor, agentCoordinationTaskReadPermission)),
  );
  await scheduleDependencyTimeouts({ scheduler: ctx.scheduler, runner: ctx.changes, lifecycle, logger: ctx.logger });
  return {
    permissions,
    changes,
    holds,
    hold: (writer, taskIds) => holdTasks({ ...rules, writer }, taskIds),
    release: (writer, taskIds, cause) => releaseTasks({ ...rules, writer }, taskIds, cause),
    derive: (db, tasks) => deriveTasks(db, tasks, lifecycle.done, holds),
    openTasks: async actor =>
      countOpenTasks(ctx.db, {
        terminal: lifecycle.terminal,
        permission: await permissions.conditions(actor, agentCoordinationTaskReadPermission),
      }),
  };
}
