import type { Knex } from 'knex';
import type {
  ColumnCondition,
  ConditionToSql,
} from '../../platform/store/applyConditions';
import { HANDOFF_REFS } from './tables';

/** What a handoff permission rule can put conditions on. */
export type HandoffColumn = 'party';

export type HandoffCondition = ColumnCondition<HandoffColumn>;

/** A handoff's parties (sender and receiver) are rows of the refs table. */
export function conditionToSql(db: Knex): ConditionToSql<HandoffColumn> {
  return (query, condition) => {
    query.whereIn(
      'id',
      db(HANDOFF_REFS)
        .select('handoff_id')
        .where('kind', 'party')
        .whereIn('ref', condition.values),
    );
  };
}
