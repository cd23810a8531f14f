import type { ConflictSnapshot, Level } from '@agent-coordination/plugin-agent-coordination-common';
import type { ConflictRefRow, ConflictRow } from './tables';

/** The row of a conflict; `authority` and `dueAt` are bookkeeping the snapshot does not carry. */
export function conflictToRow(conflict: ConflictSnapshot, authority: string, dueAt: string): ConflictRow {
  return {
    id: conflict.id,
    type: conflict.type,
    category: conflict.category,
    title: conflict.title,
    description: conflict.description,
    status: conflict.status,
    level: conflict.level,
    authority,
    parties: JSON.stringify(conflict.parties),
    subject: JSON.stringify(conflict.subject),
    blocks: JSON.stringify(conflict.blocks),
    primary_owners: JSON.stringify(conflict.primaryOwners),
    votes: JSON.stringify(conflict.votes),
    resolution: conflict.resolution === null ? null : JSON.stringify(conflict.resolution),
    opened_at: conflict.openedAt,
    level_entered_at: conflict.levelEnteredAt,
    deadline_at: conflict.deadlineAt,
    breached_at: conflict.breachedAt,
    due_at: dueAt,
    change_set: conflict.changeSet,
    version: conflict.version,
    created_by: conflict.createdBy,
    created_at: conflict.createdAt,
    updated_at: conflict.updatedAt,
  };
}

export function rowToConflict(row: ConflictRow): ConflictSnapshot {
  return {
    id: row.id,
    type: row.type,
    category: row.category,
    title: row.title,
    description: row.description,
    status: row.status as ConflictSnapshot['status'],
    level: row.level as Level,
    parties: JSON.parse(row.parties),
    subject: JSON.parse(row.subject),
    blocks: JSON.parse(row.blocks),
    primaryOwners: JSON.parse(row.primary_owners),
    votes: JSON.parse(row.votes),
    resolution: row.resolution === null ? null : JSON.parse(row.resolution),
    openedAt: row.opened_at,
    levelEnteredAt: row.level_entered_at,
    deadlineAt: row.deadline_at,
    breachedAt: row.breached_at,
    changeSet: row.change_set,
    version: Number(row.version),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The refs rows of a conflict: what filters and holds look up. */
export function conflictRefs(conflict: ConflictSnapshot): ConflictRefRow[] {
  const rows: ConflictRefRow[] = [];
  const add = (kind: ConflictRefRow['kind'], refs: string[]) => {
    for (const ref of new Set(refs)) rows.push({ conflict_id: conflict.id, kind, ref: ref.slice(0, 255) });
  };
  add('party', conflict.parties);
  add('task', conflict.subject.tasks);
  add('component', conflict.subject.components);
  add('path', conflict.subject.paths);
  add('block', conflict.blocks);
  return rows;
}
