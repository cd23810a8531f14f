import type { Knex } from 'knex';
import { takeLock } from '../../platform/store/locks';

export const DEPENDENCY_GRAPH_LOCK = 'dependency_graph';

/**
 * Takes the lock that serializes dependency additions, held until `tx`
 * commits or rolls back. Take it before reading the graph: a concurrent
 * addition then either committed first (and its edge is read) or waits for
 * this one. Only additions can close a cycle; removals and task creation
 * (a new task has no dependents yet) need not take it.
 */
export async function lockDependencyGraph(tx: Knex.Transaction): Promise<void> {
  await takeLock(tx, DEPENDENCY_GRAPH_LOCK);
}
