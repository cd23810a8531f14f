/* The message tables and their rows as the drivers return them. */

export const MESSAGES = 'coordination_messages';
export const MESSAGE_READS = 'coordination_message_reads';

export interface MessageRow {
  id: string;
  from_agent: string;
  to_agent: string;
  priority: string;
  type: string;
  subject: string;
  content: string;
  artifacts: string;
  dependencies: string;
  correlation_id: string | null;
  thread_id: string;
  tags: string;
  sent_at: string;
  response_due_at: string | null;
  answered_at: string | null;
  answered_by: string | null;
  overdue_at: string | null;
  due_at: string | null;
  version: number | string;
  created_by: string;
}

export interface MessageReadRow {
  message_id: string;
  agent: string;
  read_at: string;
  read_by: string;
}

/** Counters behind the inbox counts (migration 20261206000000_message_counts). */
export const MESSAGE_TOTALS = 'coordination_message_totals';
export const MESSAGE_AGENT_COUNTS = 'coordination_message_agent_counts';
