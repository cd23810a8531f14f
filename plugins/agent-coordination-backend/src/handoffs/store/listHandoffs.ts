import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { applyConditions } from '../../platform/store/applyConditions';
import { conditionToSql, type HandoffCondition } from './handoffConditions';
import { rowToHandoff } from './rows';
import { HANDOFF_REFS, HANDOFFS, type HandoffRow } from './tables';

export interface HandoffFilter {
  from?: string;
  to?: string;
  stage?: string;
  status?: string;
  /** Handoffs about or blocking this task. */
  task?: string;
  component?: string;
  /** Waiting for the receiver past the acknowledgment deadline (or not), at `now`. */
  overdue?: boolean;
  now: Date;
  permission?: PermissionCriteria<HandoffCondition>;
}

/** Position after the last item of a page: handoffs sort newest first by (created_at, id). */
export interface HandoffKey {
  createdAt: string;
  id: string;
}

const WAITING = ['awaiting_acknowledgment', 'clarification_requested'];

/** One page of handoffs, newest first; keyset paging, one row more than asked to know whether more follow. */
export async function listHandoffs(
  db: Knex,
  filter: HandoffFilter,
  after: HandoffKey | undefined,
  limit: number,
) {
  const query = db<HandoffRow>(HANDOFFS);
  if (filter.from) query.where('from_agent', filter.from);
  if (filter.to) query.where('to_agent', filter.to);
  if (filter.stage) query.where('stage', filter.stage);
  if (filter.status) query.where('status', filter.status);
  const named = (kinds: string[], ref: string) =>
    query.whereIn(
      'id',
      db(HANDOFF_REFS)
        .select('handoff_id')
        .whereIn('kind', kinds)
        .where('ref', ref),
    );
  if (filter.task) named(['task', 'block'], filter.task);
  if (filter.component) named(['component'], filter.component);
  const nowIso = filter.now.toISOString();
  if (filter.overdue === true) {
    query
      .whereIn('status', WAITING)
      .where('acknowledgment_due_at', '<=', nowIso);
  } else if (filter.overdue === false) {
    query.where(q =>
      q
        .whereNotIn('status', WAITING)
        .orWhere('acknowledgment_due_at', '>', nowIso),
    );
  }
  if (filter.permission)
    applyConditions(query, filter.permission, conditionToSql(db));
  if (after) {
    query.where(q =>
      q
        .where('created_at', '<', after.createdAt)
        .orWhere(q2 =>
          q2.where('created_at', after.createdAt).andWhere('id', '<', after.id),
        ),
    );
  }
  const rows = await query
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit + 1);
  const page = rows.slice(0, limit).map(rowToHandoff);
  const tail = page[page.length - 1];
  return {
    items: page,
    last: tail ? { createdAt: tail.createdAt, id: tail.id } : undefined,
    more: rows.length > limit,
  };
}
