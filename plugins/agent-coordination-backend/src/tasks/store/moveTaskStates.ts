import type { Knex } from 'knex';
import { TASKS } from './tables';

/** A task's new state, to be written only if the task is still at `fromVersion`. */
export interface StateMove {
  id: string;
  fromVersion: number;
  state: string;
}

/**
 * Moves many tasks to new states in ONE statement, each row conditional on
 * the version it was read at, and bumps their versions. Returns how many rows
 * changed: fewer than `moves.length` means some task moved on concurrently,
 * and the caller must roll back. Ids must be distinct.
 */
export async function moveTaskStates(tx: Knex, moves: StateMove[], updatedAt: string): Promise<number> {
  if (moves.length === 0) return 0;
  const cases = moves.map(() => 'WHEN ? THEN ?').join(' ');
  return tx(TASKS)
    .where(q => {
      for (const m of moves) q.orWhere(w => w.where('id', m.id).andWhere('version', m.fromVersion));
    })
    .update({
      state: tx.raw(`CASE ?? ${cases} END`, ['id', ...moves.flatMap(m => [m.id, m.state])]),
      version: tx.raw('?? + 1', ['version']),
      updated_at: updatedAt,
      // A batch only moves states, so every task of it starts its new state now.
      state_entered_at: updatedAt,
    });
}
