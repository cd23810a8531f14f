import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import { isAndCriteria, isNotCriteria, isOrCriteria } from '@backstage/plugin-permission-node';
import type { Knex } from 'knex';
import type { TaskQuery } from '../../service/permissions/taskResource';

/**
 * Adds a policy's conditions to a task query as SQL, so that a filtered list
 * still pages by keyset instead of filtering pages in memory (which would
 * return short or empty pages). An empty `values` list matches nothing:
 * knex renders `whereIn(col, [])` as a false predicate; likewise an empty anyOf.
 */
export function applyTaskQuery(query: Knex.QueryBuilder, criteria: PermissionCriteria<TaskQuery>): void {
  if (isAndCriteria(criteria) && criteria.allOf.length === 0) {
    return;
  } else if (isOrCriteria(criteria) && criteria.anyOf.length === 0) {
    query.whereRaw('1 = 0');
  } else if (isAndCriteria(criteria)) {
    query.where(q => criteria.allOf.forEach(c => q.andWhere(sub => applyTaskQuery(sub, c))));
  } else if (isOrCriteria(criteria)) {
    query.where(q => criteria.anyOf.forEach(c => q.orWhere(sub => applyTaskQuery(sub, c))));
  } else if (isNotCriteria(criteria)) {
    query.whereNot(q => applyTaskQuery(q, criteria.not));
  } else {
    // The NOT NULL keeps SQL's three-valued logic in line with the rules'
    // apply(): an unassigned task is not assigned to X, so not(isAssignee X) holds.
    query.where(q => q.whereNotNull(criteria.column).whereIn(criteria.column, criteria.values));
  }
}
