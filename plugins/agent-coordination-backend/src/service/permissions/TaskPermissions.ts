import {
  agentCoordinationPermissions,
  agentCoordinationTaskCreatePermission,
  agentCoordinationTaskReadPermission,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import type {
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  type PermissionCriteria,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
  type PermissionRuleset,
} from '@backstage/plugin-permission-node';
import type { Knex } from 'knex';
import { TASKS } from '../../database/tables';
import type { Actor } from '../tasks/Actor';
import { taskResourceRef, type TaskQuery, type TaskResource } from './taskResource';
import { createTaskPermissionRules } from './taskRules';

export interface TaskPermissionsOptions {
  db: Knex;
  framework: CoordinationFramework;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
}

/** Conditions no task meets (applyTaskQuery renders an empty anyOf as a false predicate). */
// The type wants a non-empty anyOf; applyTaskQuery handles the empty one on purpose.
const NO_TASKS = { anyOf: [] } as unknown as PermissionCriteria<TaskQuery>;

/**
 * The permission framework's say on tasks. Resource permissions are asked
 * with authorizeConditional and the conditions applied here, to the task row
 * (one small SELECT) or to the list query, rather than with authorize, which
 * would have the permission backend call back into this plugin per request.
 */
export class TaskPermissions {
  private readonly db: Knex;
  private readonly permissions: PermissionsService;
  private readonly isAllowed: (
    decision: Awaited<ReturnType<PermissionsService['authorizeConditional']>>[number],
    task: TaskResource | undefined,
  ) => boolean;
  private readonly toQuery: (conditions: Parameters<ReturnType<typeof createConditionTransformer>>[0]) => PermissionCriteria<TaskQuery>;

  static register(options: TaskPermissionsOptions): TaskPermissions {
    const { db, framework, permissions, permissionsRegistry } = options;
    permissionsRegistry.addResourceType({
      resourceRef: taskResourceRef,
      permissions: agentCoordinationPermissions.filter(p => p.type === 'resource'),
      rules: createTaskPermissionRules(framework),
      getResources: async ids => {
        const rows = await loadTaskResources(db, ids);
        return ids.map(id => rows.get(id));
      },
    });
    permissionsRegistry.addPermissions(agentCoordinationPermissions.filter(p => p.type === 'basic'));
    return new TaskPermissions(db, permissions, permissionsRegistry.getPermissionRuleset(taskResourceRef));
  }

  private constructor(db: Knex, permissions: PermissionsService, ruleset: PermissionRuleset<TaskResource, TaskQuery>) {
    this.db = db;
    this.permissions = permissions;
    this.isAllowed = createConditionAuthorizer(ruleset);
    this.toQuery = createConditionTransformer(ruleset);
  }

  async authorizeCreate(actor: Actor): Promise<void> {
    if (!actor.credentials) return;
    const [decision] = await this.permissions.authorize(
      [{ permission: agentCoordinationTaskCreatePermission }],
      { credentials: actor.credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`${actor.principal} may not create tasks (${agentCoordinationTaskCreatePermission.name})`);
    }
  }

  /** Throws 404 for a missing task and 403 when the policy refuses this caller this task. */
  async authorizeTask(actor: Actor, permission: ResourcePermission<'agent-coordination-task'>, id: string): Promise<void> {
    if (!actor.credentials) return;
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials: actor.credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return;
    const task = decision.result === AuthorizeResult.CONDITIONAL
      ? (await loadTaskResources(this.db, [id])).get(id)
      : undefined;
    if (decision.result === AuthorizeResult.CONDITIONAL && !task) {
      throw new NotFoundError(`No task with id '${id}'`);
    }
    if (!this.isAllowed(decision, task)) {
      throw new NotAllowedError(`${actor.principal} may not act on task ${id} (${permission.name})`);
    }
  }

  /**
   * The conditions a task list must meet for this caller, or undefined for
   * all tasks. Throws 403 when the policy denies reading tasks at all.
   */
  async listFilter(actor: Actor): Promise<PermissionCriteria<TaskQuery> | undefined> {
    const criteria = await this.readableTasks(actor);
    if (criteria === NO_TASKS) {
      throw new NotAllowedError(`${actor.principal} may not read tasks (${agentCoordinationTaskReadPermission.name})`);
    }
    return criteria;
  }

  /**
   * Like listFilter, but a caller denied reading tasks gets conditions that
   * match none instead of a 403: for answers that only count tasks among
   * other things (the agent registry's open tasks).
   */
  async readableTasks(actor: Actor): Promise<PermissionCriteria<TaskQuery> | undefined> {
    if (!actor.credentials) return undefined;
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: agentCoordinationTaskReadPermission }],
      { credentials: actor.credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return undefined;
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return this.toQuery(decision.conditions);
    }
    return NO_TASKS;
  }
}

async function loadTaskResources(db: Knex, ids: string[]): Promise<Map<string, TaskResource>> {
  const rows: TaskResource[] = await db(TASKS)
    .select('id', 'assignee', 'component', 'state')
    .whereIn('id', [...new Set(ids)]);
  return new Map(rows.map(r => [r.id, r]));
}
