import type { GraphEdge } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { DEPENDENCIES } from './tables';
import { withReadMode, type ReadMode } from '../../platform/store/readMode';

/** Every dependency edge, for cycle checks. */
export async function loadDependencyEdges(db: Knex, mode: ReadMode = 'plain'): Promise<GraphEdge[]> {
  const rows: Array<{ task_id: string; depends_on_id: string; blocking: unknown }> =
    await withReadMode(db, db(DEPENDENCIES).select('task_id', 'depends_on_id', 'blocking'), mode);
  return rows.map(r => ({
    from: r.task_id,
    to: r.depends_on_id,
    blocking: Boolean(r.blocking),
  }));
}

/** Ids of the tasks with a blocking dependency on `taskId`. */
export async function loadBlockedDependents(
  db: Knex,
  taskId: string,
  mode: ReadMode = 'plain',
): Promise<string[]> {
  const rows: Array<{ task_id: string }> = await withReadMode(
    db,
    db(DEPENDENCIES).where({ depends_on_id: taskId, blocking: true }).select('task_id'),
    mode,
  );
  return rows.map(r => r.task_id).sort();
}
