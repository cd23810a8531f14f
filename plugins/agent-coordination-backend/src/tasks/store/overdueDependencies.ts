import type { OverdueCandidate } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { DEPENDENCIES, TASKS } from './tables';

/**
 * Blocking dependencies past their deadline that were never alerted, on a
 * task not yet done, from a task still alive; with both states, for the
 * alert's text.
 * The deadline is compared as text: both sides are ISO 8601 UTC.
 */
export async function findOverdueBlockingDependencies(
  db: Knex,
  now: Date,
  states: { done: string; terminal: string[] },
): Promise<OverdueCandidate[]> {
  const rows: Array<Record<string, string>> = await db(`${DEPENDENCIES} as d`)
    .join(`${TASKS} as t`, 't.id', 'd.task_id')
    .join(`${TASKS} as u`, 'u.id', 'd.depends_on_id')
    .where('d.blocking', true)
    .whereNull('d.alerted_at')
    .where('d.deadline_at', '<=', now.toISOString())
    .whereNot('u.state', states.done)
    .whereNotIn('t.state', states.terminal)
    .orderBy([{ column: 'd.deadline_at' }, { column: 'd.task_id' }, { column: 'd.depends_on_id' }])
    .select({
      taskId: 'd.task_id',
      dependsOnId: 'd.depends_on_id',
      timeout: 'd.timeout',
      deadlineAt: 'd.deadline_at',
      taskState: 't.state',
      dependsOnState: 'u.state',
    });
  return rows as unknown as OverdueCandidate[];
}

/**
 * Marks the dependency alerted unless someone already did. Conditional on
 * alerted_at being null, so with several replicas sweeping at once exactly
 * one of them gets true and writes the alert.
 */
export async function claimDependencyAlert(
  tx: Knex,
  taskId: string,
  dependsOnId: string,
  now: Date,
): Promise<boolean> {
  const updated = await tx(DEPENDENCIES)
    .where({ task_id: taskId, depends_on_id: dependsOnId })
    .whereNull('alerted_at')
    .update({ alerted_at: now.toISOString(), version: tx.raw('version + 1') });
  return updated === 1;
}
