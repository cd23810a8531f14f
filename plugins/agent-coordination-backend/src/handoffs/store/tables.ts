/* The handoff tables and their rows as the drivers return them. */

export const HANDOFFS = 'coordination_handoffs';
export const HANDOFF_REFS = 'coordination_handoff_refs';

export interface HandoffRow {
  id: string;
  title: string;
  from_agent: string;
  to_agent: string;
  task_id: string | null;
  component: string | null;
  blocks: string;
  stage: string;
  status: string;
  content: string;
  attested: string;
  automated_checks: string;
  clarifications: string;
  transferred_at: string | null;
  acknowledgment_due_at: string | null;
  acknowledged_at: string | null;
  completed_at: string | null;
  escalated_at: string | null;
  escalation_conflict: string | null;
  due_at: string | null;
  version: number | string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** What a handoff names, by kind, for filters and for holding tasks. */
export type HandoffRefKind = 'party' | 'task' | 'component' | 'block';

export interface HandoffRefRow {
  handoff_id: string;
  kind: HandoffRefKind;
  ref: string;
}
