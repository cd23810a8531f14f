import { TASK_RESOURCE_TYPE } from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import type { TaskCondition } from '../store/taskConditions';
import type { TaskResource } from '../store/taskResources';

export const taskResourceRef = createPermissionResourceRef<TaskResource, TaskCondition>().with({
  pluginId: 'agent-coordination',
  resourceType: TASK_RESOURCE_TYPE,
});
