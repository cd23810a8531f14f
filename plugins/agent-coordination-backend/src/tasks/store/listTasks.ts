import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import type { TaskCondition } from './taskConditions';
import { LABELS, TASKS } from './tables';

export interface TaskFilter {
  state?: string;
  /** Tasks assigned to any of these agents (a tier filter becomes this list). */
  assignees?: string[];
  component?: string;
  priority?: string;
  kind?: string;
  label?: string;
  text?: string;
  /** What the permission policy lets the caller see. */
  permission?: PermissionCriteria<TaskCondition>;
}

/** Position after the last item of a page: tasks sort by (created_at, id). */
export interface TaskKey {
  createdAt: string;
  id: string;
}

/** `!` rather than the usual backslash: SQLite has no default LIKE escape and MySQL treats backslashes in literals specially. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, c => `!${c}`)}%`;
}

/**
 * One page of task ids in keyset order. Fetches one row more than asked so
 * the caller knows whether another page follows without counting.
 */
export async function listTaskIds(
  db: Knex,
  filter: TaskFilter,
  after: TaskKey | undefined,
  limit: number,
): Promise<{ ids: string[]; last: TaskKey | undefined; more: boolean }> {
  const query = db(TASKS).select('id', 'created_at');
  if (filter.state) query.where('state', filter.state);
  if (filter.assignees) query.whereIn('assignee', filter.assignees);
  if (filter.component) query.where('component', filter.component);
  if (filter.priority) query.where('priority', filter.priority);
  if (filter.kind) query.where('kind', filter.kind);
  if (filter.label) {
    query.whereIn(
      'id',
      db(LABELS).select('task_id').where('label', filter.label),
    );
  }
  if (filter.text) {
    const pattern = likePattern(filter.text);
    query.where(q =>
      q
        .whereRaw("lower(title) like ? escape '!'", [pattern])
        .orWhereRaw("lower(coalesce(description, '')) like ? escape '!'", [pattern]),
    );
  }
  if (filter.permission) applyConditions(query, filter.permission);
  if (after) {
    query.where(q =>
      q
        .where('created_at', '>', after.createdAt)
        .orWhere(q2 => q2.where('created_at', after.createdAt).andWhere('id', '>', after.id)),
    );
  }
  const rows: Array<{ id: string; created_at: string }> = await query
    .orderBy([
      { column: 'created_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const tail = page[page.length - 1];
  return {
    ids: page.map(r => r.id),
    last: tail ? { createdAt: tail.created_at, id: tail.id } : undefined,
    more: rows.length > limit,
  };
}
