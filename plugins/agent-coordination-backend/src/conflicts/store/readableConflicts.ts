import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import type { EventVisibility } from '../../platform/store/events';
import { conditionToSql, type ConflictCondition } from './conflictConditions';
import { CONFLICTS } from './tables';

/** The conflict events a caller may read, for the event log's feed. */
export function conflictEventVisibility(
  db: Knex,
  criteria: PermissionCriteria<ConflictCondition> | undefined,
): EventVisibility {
  return query => {
    query.where('subject_type', 'conflict');
    if (criteria) {
      const readable = db(CONFLICTS).select('id');
      applyConditions(readable, criteria, conditionToSql(db));
      query.whereIn('subject_id', readable);
    }
  };
}
