import { agentCoordinationConflictPermissions } from '@agent-coordination/plugin-agent-coordination-common';
import type { PermissionsRegistryService, PermissionsService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { ResourcePermissions } from '../../platform/permissions/ResourcePermissions';
import type { ConflictColumn } from '../store/conflictConditions';
import { loadConflictResources, type ConflictResource } from '../store/conflictResources';
import { conflictResourceRef } from './conflictResourceRef';
import { createConflictPermissionRules } from './conflictRules';
import type { ConflictSnapshot } from '@agent-coordination/plugin-agent-coordination-common';

export type ConflictPermissions = ResourcePermissions<ConflictResource, ConflictColumn>;

export function createConflictPermissions(options: {
  db: Knex;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  authorityOf: (conflict: ConflictSnapshot) => string;
}): ConflictPermissions {
  return new ResourcePermissions({
    permissions: options.permissions,
    permissionsRegistry: options.permissionsRegistry,
    resourceRef: conflictResourceRef,
    permissionList: agentCoordinationConflictPermissions,
    rules: createConflictPermissionRules(),
    loadResources: ids => loadConflictResources(options.db, ids, options.authorityOf),
    noun: 'conflict',
  });
}
