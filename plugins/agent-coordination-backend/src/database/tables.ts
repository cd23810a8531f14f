/*
 * Row shapes as the drivers return them. Engines differ (PostgreSQL returns
 * bigint ids as strings, MySQL and SQLite return booleans as 0/1, SQLite
 * returns default timestamps as text), so every reader goes through the
 * mappers in taskRows.ts and eventRows.ts rather than trusting these types.
 */

export const TASKS = 'coordination_tasks';
export const LABELS = 'coordination_task_labels';
export const DEPENDENCIES = 'coordination_task_dependencies';
export const EVENTS = 'coordination_events';
export const IDEMPOTENCY_KEYS = 'coordination_idempotency_keys';
export const LOCKS = 'coordination_locks';

export interface TaskRow {
  id: string;
  title: string;
  description: string | null;
  kind: string;
  component: string | null;
  assignee: string | null;
  priority: string;
  estimate: number | string | null;
  due_date: string | null;
  state: string;
  version: number | string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface LabelRow {
  task_id: string;
  label: string;
}

export interface DependencyRow {
  task_id: string;
  depends_on_id: string;
  blocking: boolean | number;
  source: string;
  timeout: string;
  deadline_at: string;
  created_at: string;
  alerted_at: string | null;
  version: number | string;
}

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
