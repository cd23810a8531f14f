import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import type { TaskCondition } from './taskConditions';
import { TASKS } from './tables';

export interface OpenTaskCountOptions {
  /** The lifecycle's terminal states: a task in one of them is not open. */
  terminal: string[];
  /** What the permission policy lets the caller see; undefined for every task. */
  permission?: PermissionCriteria<TaskCondition>;
}

/**
 * Open tasks per assignee (framework agent key), for every agent in one
 * grouped query. Unassigned tasks count for nobody; an agent without open
 * tasks is absent from the map. The permission conditions go into the same
 * query, the way GET /tasks applies them, so a caller counts only what it
 * may list.
 */
export async function countOpenTasks(
  db: Knex,
  options: OpenTaskCountOptions,
): Promise<Map<string, number>> {
  const query = db(TASKS)
    .select('assignee')
    .count({ count: '*' })
    .whereNotNull('assignee')
    .groupBy('assignee');
  if (options.terminal.length > 0) query.whereNotIn('state', options.terminal);
  if (options.permission) applyConditions(query, options.permission);
  // PostgreSQL returns count(*) as a string (bigint), the others as a number.
  const rows = (await query) as Array<{
    assignee: string;
    count: number | string;
  }>;
  return new Map(rows.map(r => [r.assignee, Number(r.count)]));
}
