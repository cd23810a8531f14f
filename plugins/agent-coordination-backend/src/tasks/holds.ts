import type { Knex } from 'knex';
import type { ReadMode } from '../platform/store/readMode';

/** Something other than a dependency that keeps a task blocked: an open conflict, an unacknowledged handoff. */
export interface TaskHold {
  type: string;
  id: string;
}

/** A noun that can hold tasks: which of `taskIds` it holds now, read in `mode`. */
export type HoldSource = (db: Knex, taskIds: string[], mode: ReadMode) => Promise<Map<string, TaskHold[]>>;

/**
 * What holds tasks besides their dependencies. Other nouns register a source
 * (conflicts that block tasks; handoffs tasks wait for); auto-block,
 * auto-unblock, a resume and a task's `heldBy` all ask here, so a task runs
 * only when neither a dependency nor a hold keeps it.
 */
export class TaskHolds {
  private readonly sources: HoldSource[] = [];

  add(source: HoldSource): void {
    this.sources.push(source);
  }

  async of(db: Knex, taskIds: string[], mode: ReadMode = 'plain'): Promise<Map<string, TaskHold[]>> {
    const out = new Map<string, TaskHold[]>();
    const ids = [...new Set(taskIds)];
    if (ids.length === 0 || this.sources.length === 0) return out;
    // One after another: inside a transaction they share one connection.
    for (const source of this.sources) {
      for (const [id, holds] of await source(db, ids, mode)) {
        out.set(id, [...(out.get(id) ?? []), ...holds]);
      }
    }
    return out;
  }
}
