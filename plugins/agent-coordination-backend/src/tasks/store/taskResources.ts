import type { TaskSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { TASKS } from './tables';

/** What the task permission rules look at: enough to decide, cheap to load (no labels or dependencies). */
export type TaskResource = Pick<TaskSnapshot, 'id' | 'assignee' | 'component' | 'state'>;

export async function loadTaskResources(db: Knex, ids: string[]): Promise<Map<string, TaskResource>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: TaskResource[] = await db(TASKS)
    .select('id', 'assignee', 'component', 'state')
    .whereIn('id', unique);
  return new Map(rows.map(r => [r.id, r]));
}
