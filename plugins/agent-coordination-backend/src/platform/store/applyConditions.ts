import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import { isAndCriteria, isNotCriteria, isOrCriteria } from '@backstage/plugin-permission-node';
import type { Knex } from 'knex';

/**
 * A permission rule's query form, for any noun: "column is one of values".
 * Conditions combine these with allOf/anyOf/not; applyConditions renders the
 * tree as SQL.
 */
export interface ColumnCondition<C extends string = string> {
  column: C;
  values: string[];
}

/** How one condition becomes SQL; by default "column IN values". */
export type ConditionToSql<C extends string> = (query: Knex.QueryBuilder, condition: ColumnCondition<C>) => void;

/**
 * The default leaf. The NOT NULL keeps SQL's three-valued logic in line with
 * the rules' apply(): an unassigned task is not assigned to X, so
 * not(isAssignee X) holds.
 */
function columnIn<C extends string>(query: Knex.QueryBuilder, condition: ColumnCondition<C>) {
  query.where(q => q.whereNotNull(condition.column).whereIn(condition.column, condition.values));
}

/**
 * Adds a policy's conditions to a query as SQL, so that a filtered list
 * still pages by keyset instead of filtering pages in memory (which would
 * return short or empty pages). `leaf` turns one condition into SQL, for a
 * noun whose condition is not a column of its table (a conflict's parties).
 * An empty `values` list, like an empty anyOf, matches nothing.
 */
export function applyConditions<C extends string>(
  query: Knex.QueryBuilder,
  criteria: PermissionCriteria<ColumnCondition<C>>,
  leaf: ConditionToSql<C> = columnIn,
): void {
  if (isAndCriteria(criteria) && criteria.allOf.length === 0) {
    return;
  } else if (isOrCriteria(criteria) && criteria.anyOf.length === 0) {
    query.whereRaw('1 = 0');
  } else if (isAndCriteria(criteria)) {
    query.where(q => criteria.allOf.forEach(c => q.andWhere(sub => applyConditions(sub, c, leaf))));
  } else if (isOrCriteria(criteria)) {
    query.where(q => criteria.anyOf.forEach(c => q.orWhere(sub => applyConditions(sub, c, leaf))));
  } else if (isNotCriteria(criteria)) {
    query.whereNot(q => applyConditions(q, criteria.not, leaf));
  } else {
    leaf(query, criteria);
  }
}
