import {
  agentCoordinationTaskPermissions,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import type {
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { ResourcePermissions } from '../../platform/permissions/ResourcePermissions';
import type { TaskColumn } from '../store/taskConditions';
import { loadTaskResources, type TaskResource } from '../store/taskResources';
import { taskResourceRef } from './taskResourceRef';
import { createTaskPermissionRules } from './taskRules';

export type TaskPermissions = ResourcePermissions<TaskResource, TaskColumn>;

/** The task resource type, its rules and permissions, registered with the permission framework. */
export function createTaskPermissions(options: {
  db: Knex;
  framework: CoordinationFramework;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
}): TaskPermissions {
  return new ResourcePermissions({
    permissions: options.permissions,
    permissionsRegistry: options.permissionsRegistry,
    resourceRef: taskResourceRef,
    permissionList: agentCoordinationTaskPermissions,
    rules: createTaskPermissionRules(options.framework),
    loadResources: ids => loadTaskResources(options.db, ids),
    noun: 'task',
  });
}
