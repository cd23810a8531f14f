/*
 * The task tables and their rows as the drivers return them. Engines differ
 * (MySQL and SQLite return booleans as 0/1, PostgreSQL doubles as strings),
 * so every reader goes through the mappers in rows.ts rather than trusting
 * these types.
 */

export const TASKS = 'coordination_tasks';
export const LABELS = 'coordination_task_labels';
export const DEPENDENCIES = 'coordination_task_dependencies';

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
  state_entered_at: string;
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
