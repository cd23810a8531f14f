import { agentCoordinationHandoffPermissions } from '@agent-coordination/plugin-agent-coordination-common';
import type {
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { ResourcePermissions } from '../../platform/permissions/ResourcePermissions';
import type { HandoffColumn } from '../store/handoffConditions';
import {
  loadHandoffResources,
  type HandoffResource,
} from '../store/handoffResources';
import { handoffResourceRef } from './handoffResourceRef';
import { createHandoffPermissionRules } from './handoffRules';

export type HandoffPermissions = ResourcePermissions<
  HandoffResource,
  HandoffColumn
>;

export function createHandoffPermissions(options: {
  db: Knex;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
}): HandoffPermissions {
  return new ResourcePermissions({
    permissions: options.permissions,
    permissionsRegistry: options.permissionsRegistry,
    resourceRef: handoffResourceRef,
    permissionList: agentCoordinationHandoffPermissions,
    rules: createHandoffPermissionRules(),
    loadResources: ids => loadHandoffResources(options.db, ids),
    noun: 'handoff',
  });
}
