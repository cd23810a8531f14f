import { agentCoordinationMessagePermissions } from '@agent-coordination/plugin-agent-coordination-common';
import type {
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { ResourcePermissions } from '../../platform/permissions/ResourcePermissions';
import type { MessageColumn } from '../store/messageConditions';
import {
  loadMessageResources,
  type MessageResource,
} from '../store/messageResources';
import { messageResourceRef } from './messageResourceRef';
import { createMessagePermissionRules } from './messageRules';

export type MessagePermissions = ResourcePermissions<
  MessageResource,
  MessageColumn
>;

export function createMessagePermissions(options: {
  db: Knex;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  broadcast: string;
}): MessagePermissions {
  return new ResourcePermissions({
    permissions: options.permissions,
    permissionsRegistry: options.permissionsRegistry,
    resourceRef: messageResourceRef,
    permissionList: agentCoordinationMessagePermissions,
    rules: createMessagePermissionRules(options.broadcast),
    loadResources: ids => loadMessageResources(options.db, ids),
    noun: 'message',
  });
}
