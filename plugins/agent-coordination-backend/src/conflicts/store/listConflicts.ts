import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import { conditionToSql, type ConflictCondition } from './conflictConditions';
import { rowToConflict } from './rows';
import { CONFLICT_REFS, CONFLICTS, type ConflictRow } from './tables';

export interface ConflictFilter {
  status?: string;
  type?: string;
  category?: string;
  level?: string;
  party?: string;
  /** Conflicts about or blocking this task. */
  task?: string;
  component?: string;
  breached?: boolean;
  permission?: PermissionCriteria<ConflictCondition>;
}

/** Position after the last item of a page: conflicts sort by (deadline_at, id). */
export interface ConflictKey {
  deadlineAt: string;
  id: string;
}

/**
 * One page of conflicts, nearest deadline first: a breached conflict's
 * deadline has passed, so breached ones come first, then the most urgent.
 * Keyset paging, one row more than asked to know whether more follow.
 */
export async function listConflicts(db: Knex, filter: ConflictFilter, after: ConflictKey | undefined, limit: number) {
  const query = db<ConflictRow>(CONFLICTS);
  if (filter.status) query.where('status', filter.status);
  if (filter.type) query.where('type', filter.type);
  if (filter.category) query.where('category', filter.category);
  if (filter.level) query.where('level', filter.level);
  if (filter.breached === true) query.whereNotNull('breached_at');
  if (filter.breached === false) query.whereNull('breached_at');
  const named = (kinds: string[], ref: string) =>
    query.whereIn('id', db(CONFLICT_REFS).select('conflict_id').whereIn('kind', kinds).where('ref', ref));
  if (filter.party) named(['party'], filter.party);
  if (filter.task) named(['task', 'block'], filter.task);
  if (filter.component) named(['component'], filter.component);
  if (filter.permission) applyConditions(query, filter.permission, conditionToSql(db));
  if (after) {
    query.where(q =>
      q
        .where('deadline_at', '>', after.deadlineAt)
        .orWhere(q2 => q2.where('deadline_at', after.deadlineAt).andWhere('id', '>', after.id)),
    );
  }
  const rows = await query
    .orderBy([
      { column: 'deadline_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(limit + 1);
  const page = rows.slice(0, limit).map(rowToConflict);
  const tail = page[page.length - 1];
  return {
    items: page,
    last: tail ? { deadlineAt: tail.deadlineAt, id: tail.id } : undefined,
    more: rows.length > limit,
  };
}
