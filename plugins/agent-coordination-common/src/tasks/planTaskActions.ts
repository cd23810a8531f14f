import type { CreateTaskRequest, TaskActionsAllowed, TaskSnapshot, UpdateTaskRequest } from '../api';
import type { CoordinationFramework } from '../framework/types';
import { allow, refuse, staleVersion, type Decision } from '../refusal';
import type { ActorRole } from '../rules/lifecycle';
import type { LifecycleRoles } from './lifecycleRoles';
import { permits, readOnlyMessage, taskRoles, type TaskActor } from './taskRoles';

/*
 * Who may do what with a task besides moving it (framework `taskActions`),
 * for every caller mapped to an agent: users, tokens and AI agents alike. A
 * caller mapped to no agent only reads. Transitions are planTransition's.
 */

type Framework = Pick<CoordinationFramework, 'taskActions' | 'authorityLevels'>;
type TaskAction = 'create' | 'edit' | 'reassign' | 'addDependency' | 'removeDependency';

/** The fields a PATCH may carry besides the version. @public */
export const TASK_FIELDS = [
  'title',
  'description',
  'kind',
  'component',
  'assignee',
  'priority',
  'estimate',
  'dueDate',
  'labels',
] as const;

/** @public */
export type TaskField = (typeof TASK_FIELDS)[number];

function describe(roles: readonly string[]): string {
  return roles.length > 0 ? roles.join(', ') : 'none';
}

function mayNot(
  framework: Framework,
  action: TaskAction,
  actor: TaskActor,
  roles: ActorRole[],
  what: string,
) {
  if (!actor.agent) return refuse('not_permitted', 'read_only_caller', readOnlyMessage(actor.principal));
  return refuse(
    'not_permitted',
    `${action}_not_permitted`,
    `${actor.agent.key} may not ${what}: framework taskActions.${action} allows ${describe(
      framework.taskActions[action],
    )}; ${actor.agent.key} acts as ${describe(roles)}`,
  );
}

/**
 * Creating a task. Any agent the framework lets create may; giving it to
 * another agent at creation is a reassignment, giving it to oneself is not.
 * @public
 */
export function planCreateTask(
  framework: Framework,
  actor: TaskActor,
  input: Pick<CreateTaskRequest, 'assignee'>,
): Decision<void> {
  const roles = taskRoles(framework, actor, { assignee: input.assignee ?? null, createdBy: actor.principal });
  if (!actor.agent || !permits(framework.taskActions.create, roles)) {
    return mayNot(framework, 'create', actor, roles, 'create tasks');
  }
  if (input.assignee && input.assignee !== actor.agent.key && !permits(framework.taskActions.reassign, roles)) {
    return mayNot(
      framework,
      'reassign',
      actor,
      roles,
      `assign a new task to ${input.assignee} (create it unassigned or assigned to yourself)`,
    );
  }
  return allow(undefined);
}

/** The fields of `patch` that differ from `task`; empty when the patch changes nothing. @public */
export function changedFields(
  task: TaskSnapshot,
  patch: Omit<UpdateTaskRequest, 'version'>,
): Partial<TaskSnapshot> {
  const changes: Record<string, unknown> = {};
  for (const field of TASK_FIELDS) {
    const value = patch[field];
    if (value === undefined) continue;
    const next = field === 'labels' ? [...new Set(value as string[])].sort() : value;
    if (JSON.stringify(next) !== JSON.stringify(task[field])) changes[field] = next;
  }
  return changes as Partial<TaskSnapshot>;
}

/**
 * The fields `roles` may change on `task` now: editing needs `edit`, the
 * assignee needs `reassign`, and a task in a terminal state keeps everything
 * but `editableWhenTerminal`.
 * @public
 */
export function editableFields(
  framework: Framework,
  lifecycle: LifecycleRoles,
  roles: ActorRole[],
  task: Pick<TaskSnapshot, 'state'>,
): TaskField[] {
  const terminal = lifecycle.terminal.includes(task.state);
  return TASK_FIELDS.filter(field => {
    if (terminal && !(framework.taskActions.editableWhenTerminal as string[]).includes(field)) return false;
    return permits(field === 'assignee' ? framework.taskActions.reassign : framework.taskActions.edit, roles);
  });
}

/**
 * A PATCH: the version, the terminal-state freeze and who may change which
 * field. A patch that changes nothing is allowed for anyone who may edit and
 * writes nothing.
 * @public
 */
export function planUpdateTask(
  framework: Framework,
  lifecycle: LifecycleRoles,
  actor: TaskActor,
  task: TaskSnapshot,
  input: UpdateTaskRequest,
): Decision<{ changes: Partial<TaskSnapshot>; fields: string[] }> {
  const { version, ...patch } = input;
  if (version !== task.version) return staleVersion(`Task ${task.id}`, task.version, version);
  const roles = taskRoles(framework, actor, task);
  if (!actor.agent) return mayNot(framework, 'edit', actor, roles, `change task ${task.id}`);
  const changes = changedFields(task, patch);
  const fields = Object.keys(changes);
  if (fields.length === 0) return allow({ changes, fields });
  if (lifecycle.terminal.includes(task.state)) {
    const frozen = fields.filter(f => !(framework.taskActions.editableWhenTerminal as string[]).includes(f));
    if (frozen.length > 0) {
      return refuse(
        'conflict',
        'terminal_state',
        `Task ${task.id} is ${task.state}, a final state: only ${describe(
          framework.taskActions.editableWhenTerminal,
        )} may still change (framework taskActions.editableWhenTerminal), not ${frozen.join(', ')}`,
      );
    }
  }
  if ('assignee' in changes && !permits(framework.taskActions.reassign, roles)) {
    return mayNot(framework, 'reassign', actor, roles, `reassign task ${task.id}`);
  }
  const edited = fields.filter(f => f !== 'assignee');
  if (edited.length > 0 && !permits(framework.taskActions.edit, roles)) {
    return mayNot(framework, 'edit', actor, roles, `change ${edited.join(', ')} of task ${task.id}`);
  }
  return allow({ changes, fields });
}

/**
 * Adding a dependency to `task`: the version, who may, and what the task can
 * take (not itself, not twice, not once it is final). `targetExists` says
 * whether the task depended on exists; cycles need the whole graph and are
 * the caller's to check.
 * @public
 */
export function planAddDependency(
  framework: Framework,
  lifecycle: LifecycleRoles,
  actor: TaskActor,
  task: TaskSnapshot,
  input: { taskId: string; version: number },
  targetExists: boolean,
): Decision<void> {
  if (input.version !== task.version) return staleVersion(`Task ${task.id}`, task.version, input.version);
  const roles = taskRoles(framework, actor, task);
  if (!permits(framework.taskActions.addDependency, roles)) {
    return mayNot(framework, 'addDependency', actor, roles, `add dependencies to task ${task.id}`);
  }
  if (input.taskId === task.id) {
    return refuse('invalid_input', 'self_dependency', `taskId: task ${task.id} cannot depend on itself`);
  }
  if (lifecycle.terminal.includes(task.state)) {
    return refuse(
      'conflict',
      'terminal_state',
      `Task ${task.id} is ${task.state}, a final state: it takes no new dependencies`,
    );
  }
  if (task.dependencies.some(d => d.taskId === input.taskId)) {
    return refuse('conflict', 'duplicate_dependency', `Task ${task.id} already depends on ${input.taskId}`);
  }
  if (!targetExists) return refuse('invalid_input', 'unknown_task', `taskId: no task with id '${input.taskId}'`);
  return allow(undefined);
}

/** Removing the dependency of `task` on `dependsOnId`. @public */
export function planRemoveDependency(
  framework: Framework,
  actor: TaskActor,
  task: TaskSnapshot,
  dependsOnId: string,
  version: number | undefined,
): Decision<void> {
  if (version !== undefined && version !== task.version) {
    return staleVersion(`Task ${task.id}`, task.version, version);
  }
  const roles = taskRoles(framework, actor, task);
  if (!permits(framework.taskActions.removeDependency, roles)) {
    return mayNot(framework, 'removeDependency', actor, roles, `remove dependencies of task ${task.id}`);
  }
  if (!task.dependencies.some(d => d.taskId === dependsOnId)) {
    return refuse('not_found', 'no_such_dependency', `Task ${task.id} has no dependency on ${dependsOnId}`);
  }
  return allow(undefined);
}

/**
 * The dependencies a new task is created with: each named once, each an
 * existing task. Returns the index of the first bad one with why.
 * @public
 */
export function planInitialDependencies(
  requested: Array<{ taskId: string }>,
  exists: (id: string) => boolean,
): Decision<void> {
  const seen = new Set<string>();
  for (const [i, d] of requested.entries()) {
    if (!exists(d.taskId)) {
      return refuse('invalid_input', 'unknown_task', `dependencies[${i}].taskId: no task with id '${d.taskId}'`);
    }
    if (seen.has(d.taskId)) {
      return refuse('invalid_input', 'duplicate_dependency', `dependencies[${i}].taskId: '${d.taskId}' is listed twice`);
    }
    seen.add(d.taskId);
  }
  return allow(undefined);
}

/** What else a caller may do with `task` now, for the UI to offer (it decides no rule itself). @public */
export function allowedTaskActions(
  framework: Framework,
  lifecycle: LifecycleRoles,
  roles: ActorRole[],
  task: Pick<TaskSnapshot, 'state'>,
): TaskActionsAllowed {
  const terminal = lifecycle.terminal.includes(task.state);
  const fields = editableFields(framework, lifecycle, roles, task);
  return {
    edit: fields.some(f => f !== 'assignee'),
    reassign: fields.includes('assignee'),
    addDependency: !terminal && permits(framework.taskActions.addDependency, roles),
    removeDependency: permits(framework.taskActions.removeDependency, roles),
    editableFields: fields,
  };
}
