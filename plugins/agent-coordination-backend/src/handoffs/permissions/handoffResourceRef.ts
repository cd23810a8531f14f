import { HANDOFF_RESOURCE_TYPE } from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import type { HandoffCondition } from '../store/handoffConditions';
import type { HandoffResource } from '../store/handoffResources';

export const handoffResourceRef = createPermissionResourceRef<
  HandoffResource,
  HandoffCondition
>().with({
  pluginId: 'agent-coordination',
  resourceType: HANDOFF_RESOURCE_TYPE,
});
