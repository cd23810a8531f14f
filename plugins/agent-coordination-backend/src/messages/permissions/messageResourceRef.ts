import { MESSAGE_RESOURCE_TYPE } from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import type { MessageCondition } from '../store/messageConditions';
import type { MessageResource } from '../store/messageResources';

export const messageResourceRef = createPermissionResourceRef<
  MessageResource,
  MessageCondition
>().with({
  pluginId: 'agent-coordination',
  resourceType: MESSAGE_RESOURCE_TYPE,
});
