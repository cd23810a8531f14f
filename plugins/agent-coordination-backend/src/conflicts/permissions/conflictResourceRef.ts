import { CONFLICT_RESOURCE_TYPE } from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import type { ConflictCondition } from '../store/conflictConditions';
import type { ConflictResource } from '../store/conflictResources';

export const conflictResourceRef = createPermissionResourceRef<ConflictResource, ConflictCondition>().with({
  pluginId: 'agent-coordination',
  resourceType: CONFLICT_RESOURCE_TYPE,
});
