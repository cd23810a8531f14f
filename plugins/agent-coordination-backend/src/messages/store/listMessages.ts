import type { MessageReadScope } from '@agent-coordination/plugin-agent-coordination-common';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import {
  applyReadScope,
  conditionToSql,
  type MessageCondition,
} from './messageConditions';
import { countInboxFromCounters } from './counts';
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
  inboxOf: string | undefined,
): void {
  // An agent's own inbox is all in its read scope; the scope's OR would only
  // turn an index range read in order into a bitmap scan and a sort.
  const { scope } = visibility;
  if (!(inboxOf && scope.kind === 'agent' && scope.agent === inboxOf))
    applyReadScope(query, scope, visibility.broadcast);
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

type Range = (query: Knex.QueryBuilder) => void;

/**
 * The inbox as two disjoint ranges of the (to_agent, sent_at, id) index:
 * to the agent, and broadcasts not from it (the agent is never the
 * broadcast recipient). Each reads in index order; their OR cannot, and
 * made the database sort the whole inbox for one page.
 */
function inboxRanges(agent: string, broadcast: string): Range[] {
  return [
    q => q.where('to_agent', agent),
    q => q.where('to_agent', broadcast).whereNot('from_agent', agent),
  ];
}

function filtered(
  db: Knex,
  filter: MessageFilter,
  visibility: MessageVisibility,
  range?: Range,
): Knex.QueryBuilder {
  const query = db<MessageRow>(MESSAGES);
  if (range) range(query);
  else if (filter.inboxOf) inbox(query, filter.inboxOf, visibility.broadcast);
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
  visible(query, visibility, filter.inboxOf);
  return query;
}

/** Newest first, as the queries order: by sent_at, then id, both descending. */
function newerFirst(a: MessageRow, b: MessageRow): number {
  if (a.sent_at !== b.sent_at) return a.sent_at < b.sent_at ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

/** One page of messages, newest first; keyset paging, one row more than asked to know whether more follow. */
export async function listMessages(
  db: Knex,
  filter: MessageFilter,
  visibility: MessageVisibility,
  after: MessageKey | undefined,
  limit: number,
) {
  const ranges: Array<Range | undefined> = filter.inboxOf
    ? inboxRanges(filter.inboxOf, visibility.broadcast)
    : [undefined];
  // Each range cut at the page: the page's rows are the newest of both.
  const lists = await Promise.all(
    ranges.map(range => {
      const query = filtered(db, filter, visibility, range);
      if (after) {
        query.where(q =>
          q
            .where('sent_at', '<', after.sentAt)
            .orWhere(q2 =>
              q2.where('sent_at', after.sentAt).andWhere('id', '<', after.id),
            ),
        );
      }
      return query
        .orderBy([
          { column: 'sent_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(limit + 1) as Promise<MessageRow[]>;
    }),
  );
  const rows =
    lists.length === 1
      ? lists[0]
      : lists
          .flat()
          .sort(newerFirst)
          .slice(0, limit + 1);
  const page = rows.slice(0, limit).map(rowToMessage);
  const tail = page[page.length - 1];
  return {
    items: page,
    last: tail ? { sentAt: tail.sentAt, id: tail.id } : undefined,
    more: rows.length > limit,
  };
}

/** Whether the caller may read all of `agent`'s inbox, so the counters (which know no caller) are its counts. */
function seesWholeInbox(visibility: MessageVisibility, agent: string) {
  const { scope, permission } = visibility;
  return (
    permission === undefined &&
    (scope.kind === 'all' || (scope.kind === 'agent' && scope.agent === agent))
  );
}

/** An inbox's counts: every message in it the caller may read, and the unread ones by priority (the agent's read state). */
export async function countInbox(
  db: Knex,
  agent: string,
  visibility: MessageVisibility,
  now: Date,
) {
  if (seesWholeInbox(visibility, agent))
    return countInboxFromCounters(db, agent, visibility.broadcast);
  // A policy's conditions hide some of it: counted on the rows, as it allows.
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
