import type { Knex } from 'knex';
import { withReadMode, type ReadMode } from '../../platform/store/readMode';
import type { TaskHold } from '../../tasks/holds';
import { CONFLICT_REFS, CONFLICTS } from './tables';

/** The open conflicts that block each of `taskIds`: what tasks ask when they would run. */
export async function openConflictsBlocking(
  db: Knex,
  taskIds: string[],
  mode: ReadMode,
): Promise<Map<string, TaskHold[]>> {
  const rows: Array<{ task_id: string; conflict_id: string }> = await withReadMode(
    db,
    db(`${CONFLICT_REFS} as r`)
      .join(`${CONFLICTS} as c`, 'c.id', 'r.conflict_id')
      .where('r.kind', 'block')
      .whereIn('r.ref', taskIds)
      .where('c.status', 'open')
      .orderBy('r.conflict_id')
      .select({ task_id: 'r.ref', conflict_id: 'r.conflict_id' }),
    mode,
  );
  const out = new Map<string, TaskHold[]>();
  for (const r of rows) out.set(r.task_id, [...(out.get(r.task_id) ?? []), { type: 'conflict', id: r.conflict_id }]);
  return out;
}
