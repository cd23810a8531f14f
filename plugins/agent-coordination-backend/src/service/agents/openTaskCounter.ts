import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { countOpenTasks } from '../../database/operations/countOpenTasks';
import type { TaskQuery } from '../permissions/taskResource';
import { lifecycleStates } from '../tasks/lifecycleStates';

/**
 * Open tasks (not in a terminal lifecycle state) per framework agent key,
 * among the tasks `permission` lets the caller see (all of them when
 * undefined). Agents without open tasks are absent.
 */
export type OpenTaskCounter = (
  permission: PermissionCriteria<TaskQuery> | undefined,
) => Promise<Map<string, number>>;

export function openTaskCounter(
  db: Knex,
  framework: CoordinationFramework,
): OpenTaskCounter {
  const { terminal } = lifecycleStates(framework);
  return permission => countOpenTasks(db, { terminal, permission });
}
