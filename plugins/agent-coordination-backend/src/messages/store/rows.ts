import type { MessageSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { MessageRow } from './tables';

/**
 * When the overdue sweep acts on a message: a REQUEST's response due time
 * while it is neither answered nor flagged; never otherwise, so the sweep's
 * index holds only what it may still flag.
 */
export function dueAtOf(message: MessageSnapshot): string | null {
  if (
    message.type !== 'REQUEST' ||
    message.answeredAt !== null ||
    message.overdueAt !== null
  )
    return null;
  return message.responseDueAt;
}

export function messageToRow(message: MessageSnapshot): MessageRow {
  return {
    id: message.id,
    from_agent: message.from,
    to_agent: message.to,
    priority: message.priority,
    type: message.type,
    subject: message.subject,
    content: message.content,
    artifacts: JSON.stringify(message.artifacts),
    dependencies: JSON.stringify(message.dependencies),
    correlation_id: message.correlationId,
    thread_id: message.threadId,
    tags: JSON.stringify(message.tags),
    sent_at: message.sentAt,
    response_due_at: message.responseDueAt,
    answered_at: message.answeredAt,
    answered_by: message.answeredBy,
    overdue_at: message.overdueAt,
    due_at: dueAtOf(message),
    version: message.version,
    created_by: message.createdBy,
  };
}

export function rowToMessage(row: MessageRow): MessageSnapshot {
  return {
    id: row.id,
    from: row.from_agent,
    to: row.to_agent,
    priority: row.priority,
    type: row.type,
    subject: row.subject,
    content: row.content,
    artifacts: JSON.parse(row.artifacts),
    dependencies: JSON.parse(row.dependencies),
    correlationId: row.correlation_id,
    threadId: row.thread_id,
    tags: JSON.parse(row.tags),
    sentAt: row.sent_at,
    responseDueAt: row.response_due_at,
    answeredAt: row.answered_at,
    answeredBy: row.answered_by,
    overdueAt: row.overdue_at,
    version: Number(row.version),
    createdBy: row.created_by,
  };
}
