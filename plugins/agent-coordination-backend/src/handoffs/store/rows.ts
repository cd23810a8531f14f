import type { HandoffSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { HandoffRefRow, HandoffRow } from './tables';

/**
 * When the SLA sweep acts on a handoff: its acknowledgment deadline while it
 * waits for the receiver and has not escalated; otherwise never (null), so
 * the sweep's index holds only what may still escalate.
 */
export function dueAtOf(handoff: HandoffSnapshot): string | null {
  const waiting =
    handoff.status === 'awaiting_acknowledgment' ||
    handoff.status === 'clarification_requested';
  return waiting && handoff.escalationConflict === null
    ? handoff.acknowledgmentDueAt
    : null;
}

export function handoffToRow(h: HandoffSnapshot): HandoffRow {
  return {
    id: h.id,
    title: h.title,
    from_agent: h.from,
    to_agent: h.to,
    task_id: h.task,
    component: h.component,
    blocks: JSON.stringify(h.blocks),
    stage: h.stage,
    status: h.status,
    content: JSON.stringify(h.content),
    attested: JSON.stringify(h.attested),
    automated_checks: JSON.stringify(h.automatedChecks),
    clarifications: JSON.stringify(h.clarifications),
    transferred_at: h.transferredAt,
    acknowledgment_due_at: h.acknowledgmentDueAt,
    acknowledged_at: h.acknowledgedAt,
    completed_at: h.completedAt,
    escalated_at: h.escalatedAt,
    escalation_conflict: h.escalationConflict,
    due_at: dueAtOf(h),
    version: h.version,
    created_by: h.createdBy,
    created_at: h.createdAt,
    updated_at: h.updatedAt,
  };
}

export function rowToHandoff(r: HandoffRow): HandoffSnapshot {
  return {
    id: r.id,
    title: r.title,
    from: r.from_agent,
    to: r.to_agent,
    task: r.task_id,
    component: r.component,
    blocks: JSON.parse(r.blocks),
    stage: r.stage as HandoffSnapshot['stage'],
    status: r.status as HandoffSnapshot['status'],
    content: JSON.parse(r.content),
    attested: JSON.parse(r.attested),
    automatedChecks: JSON.parse(r.automated_checks),
    clarifications: JSON.parse(r.clarifications),
    transferredAt: r.transferred_at,
    acknowledgmentDueAt: r.acknowledgment_due_at,
    acknowledgedAt: r.acknowledged_at,
    completedAt: r.completed_at,
    escalatedAt: r.escalated_at,
    escalationConflict: r.escalation_conflict,
    version: Number(r.version),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The refs rows of a handoff: what filters, permissions and holds look up. */
export function handoffRefs(h: HandoffSnapshot): HandoffRefRow[] {
  const rows: HandoffRefRow[] = [];
  const add = (kind: HandoffRefRow['kind'], refs: string[]) => {
    for (const ref of new Set(refs))
      rows.push({ handoff_id: h.id, kind, ref: ref.slice(0, 255) });
  };
  add('party', [h.from, h.to]);
  add('task', h.task ? [h.task] : []);
  add('component', h.component ? [h.component] : []);
  add('block', h.blocks);
  return rows;
}
