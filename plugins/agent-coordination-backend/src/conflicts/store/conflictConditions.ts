import type { Knex } from 'knex';
import type { ColumnCondition, ConditionToSql } from '../../platform/store/applyConditions';
import { CONFLICT_REFS } from './tables';

/** What a conflict permission rule can put conditions on. */
export type ConflictColumn = 'party' | 'authority' | 'type' | 'status';

export type ConflictCondition = ColumnCondition<ConflictColumn>;

/** A conflict's parties are rows of the refs table; the rest are columns of the conflict. */
export function conditionToSql(db: Knex): ConditionToSql<ConflictColumn> {
  return (query, condition) => {
    if (condition.column === 'party') {
      query.whereIn('id', db(CONFLICT_REFS).select('conflict_id').where('kind', 'party').whereIn('ref', condition.values));
    } else {
      query.whereIn(condition.column, condition.values);
    }
  };
}
