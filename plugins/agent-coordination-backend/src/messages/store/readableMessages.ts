import type { Knex } from 'knex';
import type { EventVisibility } from '../../platform/store/events';
import type { MessageVisibility } from './listMessages';
import { applyConditions } from '../../platform/store/applyConditions';
import { applyReadScope, conditionToSql } from './messageConditions';
import { MESSAGES } from './tables';

/** The message events a caller may read, for the event log's feed: those of the messages it may read. */
export function messageEventVisibility(
  db: Knex,
  visibility: MessageVisibility,
): EventVisibility {
  return query => {
    query.where('subject_type', 'message');
    if (visibility.scope.kind === 'all' && !visibility.permission) return;
    const readable = db(MESSAGES).select('id');
    applyReadScope(readable, visibility.scope, visibility.broadcast);
    if (visibility.permission)
      applyConditions(
        readable,
        visibility.permission,
        conditionToSql(visibility.broadcast),
      );
    query.whereIn('subject_id', readable);
  };
}
