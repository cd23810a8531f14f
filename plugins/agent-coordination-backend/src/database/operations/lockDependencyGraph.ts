import type { Knex } from 'knex';
import { LOCKS } from '../tables';

export const DEPENDENCY_GRAPH_LOCK = 'dependency_graph';

/**
 * Takes the lock that serializes dependency additions, held until `tx`
 * commits or rolls back. Take it before reading the graph: a concurrent
 * addition then either committed first (and its edge is read) or waits for
 * this one. Only additions can close a cycle; removals and task creation
 * (a new task has no dependents yet) need not take it.
 */
export async function lockDependencyGraph(tx: Knex.Transaction): Promise<void> {
  const take = () => tx(LOCKS).where({ name: DEPENDENCY_GRAPH_LOCK }).forUpdate().first('name');
  if (await take()) return;
  // The migration inserts the row; should it be missing, put it back.
  await tx(LOCKS).insert({ name: DEPENDENCY_GRAPH_LOCK }).onConflict('name').ignore();
  await take();
}
