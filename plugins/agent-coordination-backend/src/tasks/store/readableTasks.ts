import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import type { EventVisibility } from '../../platform/store/events';
import { TASKS } from './tables';
import type { TaskCondition } from './taskConditions';

/**
 * The task events a caller may read, for the event log's feed: events about
 * tasks meeting `criteria` (all of them when undefined).
 */
export function taskEventVisibility(
  db: Knex,
  criteria: PermissionCriteria<TaskCondition> | undefined,
): EventVisibility {
  return query => {
    query.where('subject_type', 'task');
    if (criteria) {
      const readable = db(TASKS).select('id');
      applyConditions(readable, criteria);
      query.whereIn('subject_id', readable);
    }
  };
}
