import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import type { EventVisibility } from '../../platform/store/events';
import { conditionToSql, type HandoffCondition } from './handoffConditions';
import { HANDOFFS } from './tables';

/** The handoff events a caller may read, for the event log's feed. */
export function handoffEventVisibility(
  db: Knex,
  criteria: PermissionCriteria<HandoffCondition> | undefined,
): EventVisibility {
  return query => {
    query.where('subject_type', 'handoff');
    if (criteria) {
      const readable = db(HANDOFFS).select('id');
      applyConditions(readable, criteria, conditionToSql(db));
      query.whereIn('subject_id', readable);
    }
  };
}
