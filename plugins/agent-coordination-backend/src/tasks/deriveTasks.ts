import {
  unfinishedDependencies,
  type Task,
  type TaskSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { TaskHold, TaskHolds } from './holds';
import { loadStates } from './store/tasks';

/**
 * Adds what depends on other rows (blockedBy, heldBy). Kept out of the
 * stored snapshot: it changes when another task moves or a conflict is
 * resolved, without this task getting a new version or event.
 */
export async function deriveTasks(
  db: Knex,
  snapshots: TaskSnapshot[],
  done: string,
  holds?: TaskHolds,
): Promise<Task[]> {
  const held = holds
    ? await holds.of(
        db,
        snapshots.map(t => t.id),
      )
    : new Map<string, TaskHold[]>();
  return deriveTasksHeld(db, snapshots, done, held);
}

/** deriveTasks, with the holds already read (a transition batch reads them in its transaction). */
export async function deriveTasksHeld(
  db: Knex,
  snapshots: TaskSnapshot[],
  done: string,
  held: Map<string, TaskHold[]>,
): Promise<Task[]> {
  const targets = snapshots.flatMap(t => t.dependencies.map(d => d.taskId));
  const states = await loadStates(db, targets);
  return snapshots.map(t => ({
    ...t,
    blockedBy: unfinishedDependencies(t, states, done, true),
    heldBy: held.get(t.id) ?? [],
  }));
}
