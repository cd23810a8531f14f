import {
  TASK_RESOURCE_TYPE,
  type TaskSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';

/** What the task rules look at: enough to decide, cheap to load (one row, no labels or dependencies). */
export type TaskResource = Pick<TaskSnapshot, 'id' | 'assignee' | 'component' | 'state'>;

/**
 * A rule's query form: "column is one of values". Conditions combine these
 * with allOf/anyOf/not, and applyTaskQuery turns the tree into SQL.
 */
export interface TaskQuery {
  column: 'assignee' | 'component' | 'state';
  values: string[];
}

export const taskResourceRef = createPermissionResourceRef<TaskResource, TaskQuery>().with({
  pluginId: 'agent-coordination',
  resourceType: TASK_RESOURCE_TYPE,
});
