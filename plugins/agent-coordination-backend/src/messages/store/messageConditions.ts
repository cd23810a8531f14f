import type { Knex } from 'knex';
import type { MessageReadScope } from '@agent-coordination/plugin-agent-coordination-common';
import type {
  ColumnCondition,
  ConditionToSql,
} from '../../platform/store/applyConditions';

/** What a message permission rule can put conditions on. */
export type MessageColumn = 'recipient' | 'sender';

export type MessageCondition = ColumnCondition<MessageColumn>;

/**
 * A recipient is the `to` agent, or for a broadcast (to ALL) every agent
 * but the sender: of `values`, one other than the sender must be there.
 */
export function conditionToSql(
  broadcast: string,
): ConditionToSql<MessageColumn> {
  return (query, condition) => {
    const agents = [...new Set(condition.values)];
    if (condition.column === 'sender') {
      query.whereIn('from_agent', agents);
      return;
    }
    if (agents.length === 0) {
      query.whereRaw('1 = 0');
      return;
    }
    query.where(q =>
      q.whereIn('to_agent', agents).orWhere(b => {
        b.where('to_agent', broadcast);
        if (agents.length === 1) b.whereNot('from_agent', agents[0]);
      }),
    );
  };
}

/** The framework's rule of who reads what (messageReadScope), as SQL on the messages table. */
export function applyReadScope(
  query: Knex.QueryBuilder,
  scope: MessageReadScope,
  broadcast: string,
): void {
  if (scope.kind === 'all') return;
  if (scope.kind === 'broadcasts') {
    query.where('to_agent', broadcast);
    return;
  }
  query.where(q =>
    q
      .where('from_agent', scope.agent)
      .orWhere('to_agent', scope.agent)
      .orWhere('to_agent', broadcast),
  );
}
