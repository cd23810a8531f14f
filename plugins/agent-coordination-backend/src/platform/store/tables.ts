/*
 * The tables every noun shares: the event log, idempotency keys and named
 * locks. Each noun keeps its own tables in its store folder. Row shapes are
 * as the drivers return them (PostgreSQL returns bigint ids as strings,
 * MySQL and SQLite booleans as 0/1, SQLite default timestamps as text), so
 * readers map rows rather than trusting these types.
 */

export const EVENTS = 'coordination_events';
export const IDEMPOTENCY_KEYS = 'coordination_idempotency_keys';
export const LOCKS = 'coordination_locks';

export interface EventRow {
  id: number | string;
  type: string;
  actor: string;
  actor_agent: string | null;
  subject_type: string;
  subject_id: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  created_at: Date | string | number;
}

export interface IdempotencyRow {
  principal: string;
  key: string;
  route: string;
  request_hash: string;
  status: number | null;
  response: string | null;
  created_at: string;
}
