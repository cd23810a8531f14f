import type { Task, TaskSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { loadStates } from '../../database/operations/tasks';
import { unfinishedDependencies } from './taskModel';

/**
 * Adds what depends on other tasks' states (blockedBy). Kept out of the
 * stored snapshot: it changes when another task moves, without this task
 * getting a new version or event.
 */
export async function deriveTasks(
  db: Knex,
  snapshots: TaskSnapshot[],
  done: string,
): Promise<Task[]> {
  const targets = snapshots.flatMap(t => t.dependencies.map(d => d.taskId));
  const states = await loadStates(db, targets);
  return snapshots.map(t => ({
    ...t,
    blockedBy: unfinishedDependencies(t, states, done, true),
  }));
}
