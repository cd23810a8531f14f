import type { MessageReadScope } from '@agent-coordination/plugin-agent-coordination-common';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import {
  applyReadScope,
  conditionToSql,
  type MessageCondition,
} from './messageConditions';
import { rowToMessage } from './rows';
import { MESSAGE_READS, MESSAGES, type MessageRow } from './tables';

/** What every message query is limited to: the framework's rule for the caller, and the policy's conditions. */
export interface MessageVisibility {
  broadcast: string;
  scope: MessageReadScope;
  permission?: PermissionCriteria<MessageCondition>;
}

export interface MessageFilter {
  /** An agent's inbox: to it, and to ALL but from it. */
  inboxOf?: string;
  /** Only messages to the broadcast recipient. */
  broadcastsOnly?: boolean;
  from?: string;
  type?: string;
  priority?: string;
  thread?: string;
  /** Read (false) or not (true) by `reader`. */
  unread?: boolean;
  reader?: string;
  /** REQUESTs past their due time unanswered (true), or every other message (false), at `now`. */
  overdue?: boolean;
  now: Date;
}

/** Position after the last item of a page: messages sort newest first by (sent_at, id). */
export interface MessageKey {
  sentAt: string;
  id: string;
}

function visible(
  query: Knex.QueryBuilder,
  visibility: MessageVisibility,
): void {
  applyReadScope(query, visibility.scope, visibility.broadcast);
  if (visibility.permission)
    applyConditions(
      query,
      visibility.permission,
      conditionToSql(visibility.broadcast),
    );
}

function inbox(
  query: Knex.QueryBuilder,
  agent: string,
  broadcast: string,
): void {
  query.where(q =>
    q
      .where('to_agent', agent)
      .orWhere(b =>
        b.where('to_agent', broadcast).whereNot('from_agent', agent),
      ),
  );
}

function filtered(
  db: Knex,
  filter: MessageFilter,
  visibility: MessageVisibility,
): Knex.QueryBuilder {
  const query = db<MessageRow>(MESSAGES);
  if (filter.inboxOf) inbox(query, filter.inboxOf, visibility.broadcast);
  if (filter.broadcastsOnly) query.where('to_agent', visibility.broadcast);
  if (filter.from) query.where('from_agent', filter.from);
  if (filter.type) query.where('type', filter.type);
  if (filter.priority) query.where('priority', filter.priority);
  if (filter.thread) query.where('thread_id', filter.thread);
  if (filter.unread !== undefined && filter.reader) {
    const read = db(MESSAGE_READS)
      .select('message_id')
      .where('agent', filter.reader);
    if (filter.unread) query.whereNotIn('id', read);
    else query.whereIn('id', read);
  }
  const now = filter.now.toISOString();
  // As isOverdue: an unanswered REQUEST, flagged or due by now.
  const overdue = (q: Knex.QueryBuilder) =>
    q
      .where('type', 'REQUEST')
      .whereNull('answered_at')
      .where(d =>
        d
          .whereNotNull('overdue_at')
          .orWhere(r =>
            r
              .whereNotNull('response_due_at')
              .where('response_due_at', '<=', now),
          ),
      );
  if (filter.overdue === true) query.where(overdue);
  else if (filter.overdue === false) query.whereNot(overdue);
  visible(query, visibility);
  return query;
}

/** One page of messages, newest first; keyset paging, one row more than asked to know whether more follow. */
export async function listMessages(
  db: Knex,
  filter: MessageFilter,
  visibility: MessageVisibility,
  after: MessageKey | undefined,
  limit: number,
) {
  const query = filtered(db, filter, visibility);
  if (after) {
    query.where(q =>
      q
        .where('sent_at', '<', after.sentAt)
        .orWhere(q2 =>
          q2.where('sent_at', after.sentAt).andWhere('id', '<', after.id),
        ),
    );
  }
  const rows: MessageRow[] = await query
    .orderBy([
      { column: 'sent_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit + 1);
  const page = rows.slice(0, limit).map(rowToMessage);
  const tail = page[page.length - 1];
  return {
    items: page,
    last: tail ? { sentAt: tail.sentAt, id: tail.id } : undefined,
    more: rows.length > limit,
  };
}

/** An inbox's counts: every message in it the caller may read, and the unread ones by priority. */
export async function countInbox(
  db: Knex,
  agent: string,
  visibility: MessageVisibility,
  now: Date,
) {
  const all = filtered(db, { inboxOf: agent, now }, visibility);
  const unread = filtered(
    db,
    { inboxOf: agent, unread: true, reader: agent, now },
    visibility,
  );
  const [[total], byPriority] = await Promise.all([
    all.count({ n: '*' }),
    unread.groupBy('priority').select('priority').count({ n: '*' }),
  ]);
  return {
    total: Number((total as { n: number | string }).n),
    unreadByPriority: new Map(
      (byPriority as Array<{ priority: string; n: number | string }>).map(r => [
        r.priority,
        Number(r.n),
      ]),
    ),
  };
}
