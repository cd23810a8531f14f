/* The conflict tables and their rows as the drivers return them. */

export const CONFLICTS = 'coordination_conflicts';
export const CONFLICT_REFS = 'coordination_conflict_refs';
export const CHANGE_SETS = 'coordination_change_sets';

export interface ConflictRow {
  id: string;
  type: string;
  category: string | null;
  title: string;
  description: string | null;
  status: string;
  level: string;
  authority: string;
  parties: string;
  subject: string;
  blocks: string;
  primary_owners: string;
  votes: string;
  resolution: string | null;
  opened_at: string;
  level_entered_at: string;
  deadline_at: string;
  breached_at: string | null;
  due_at: string;
  change_set: string | null;
  version: number | string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** What a conflict names, by kind, for filters and for holding tasks. */
export type ConflictRefKind = 'party' | 'task' | 'component' | 'path' | 'block';

export interface ConflictRefRow {
  conflict_id: string;
  kind: ConflictRefKind;
  ref: string;
}
