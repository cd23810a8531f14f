import type { ConflictSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { withReadMode, type ReadMode } from '../../platform/store/readMode';
import { conflictRefs, conflictToRow, rowToConflict } from './rows';
import { CONFLICT_REFS, CONFLICTS, type ConflictRow } from './tables';

export async function loadConflicts(db: Knex, ids: string[], mode: ReadMode = 'plain'): Promise<Map<string, ConflictSnapshot>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: ConflictRow[] = await withReadMode(db, db<ConflictRow>(CONFLICTS).whereIn('id', unique), mode);
  return new Map(rows.map(r => [r.id, rowToConflict(r)]));
}

export async function loadConflict(db: Knex, id: string): Promise<ConflictSnapshot | undefined> {
  return (await loadConflicts(db, [id])).get(id);
}

export async function insertConflict(tx: Knex, conflict: ConflictSnapshot, authority: string, dueAt: string) {
  await tx(CONFLICTS).insert(conflictToRow(conflict, authority, dueAt));
  const refs = conflictRefs(conflict);
  if (refs.length > 0) await tx(CONFLICT_REFS).insert(refs);
}

/**
 * Writes `after` over `before` if nobody changed the conflict since
 * `before` was read: of two concurrent writers (two replicas' SLA sweeps
 * among them) exactly one wins. The refs never change after the opening.
 */
export async function updateConflict(
  tx: Knex,
  before: ConflictSnapshot,
  after: ConflictSnapshot,
  authority: string,
  dueAt: string,
): Promise<boolean> {
  const { id: _id, created_at: _c, ...row } = conflictToRow(after, authority, dueAt);
  const updated = await tx(CONFLICTS).where({ id: before.id, version: before.version }).update(row);
  return updated === 1;
}
