import {
  nextSnapshot,
  planTransition,
  taskChangeEvent,
  taskRoles,
  type CoordinationFramework,
  type LifecycleRoles,
  type TaskSnapshot,
  type TransitionRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { Actor } from '../../platform/actors';
import { RefusalError, refused } from '../../platform/changes/errors';
import { eventOf } from '../../platform/changes/EventWriter';
import type { BatchWrite } from '../../platform/changes/GroupCommitQueue';
import { appendEvents } from '../../platform/store/events';
import type { TaskHold, TaskHolds } from '../holds';
import { moveTaskStates, type StateMove } from '../store/moveTaskStates';
import { loadTasks } from '../store/tasks';

/** A transition waiting for the next batch. */
export interface PendingTransition {
  actor: Actor;
  id: string;
  input: TransitionRequest;
}

/** A written transition: the task's next snapshot and what holds it, as read in the batch. */
export interface BatchedTransition {
  snapshot: TaskSnapshot;
  heldBy: TaskHold[];
}

/**
 * One batch of transitions in one transaction: one read of every task, each
 * transition decided by the same rule as on its own (planTransition) and
 * its next snapshot and event built by the same functions, one UPDATE and
 * one INSERT. What the batch cannot do alone goes the single path: a second
 * transition of the same task (arrival order per task), one that involves
 * other tasks (auto-block, auto-unblock, failure alerts), and a stale
 * version (the single path answers with the task as it is then). A task
 * that changed between the read and the UPDATE makes the UPDATE count short
 * and the whole batch roll back; its transitions then go the single path,
 * which tells the loser it lost.
 */
export async function writeTransitionBatch(
  tx: Knex.Transaction,
  batch: PendingTransition[],
  now: Date,
  rules: {
    framework: CoordinationFramework;
    lifecycle: LifecycleRoles;
    holds: TaskHolds;
  },
): Promise<BatchWrite<PendingTransition, BatchedTransition>> {
  const current = await loadTasks(
    tx,
    batch.map(b => b.id),
  );
  // Asked for every task of the batch, not only those entering the running
  // state: the answers carry heldBy, and one query here saves one per batch
  // after the commit.
  const held = await rules.holds.of(
    tx,
    batch.map(b => b.id),
  );
  const out: BatchWrite<PendingTransition, BatchedTransition> = {
    written: [],
    failed: [],
    deferred: [],
    events: [],
  };
  const seen = new Set<string>();
  const moves: StateMove[] = [];
  const nowIso = now.toISOString();
  for (const item of batch) {
    if (seen.has(item.id)) {
      out.deferred.push(item);
      continue;
    }
    seen.add(item.id);
    const task = current.get(item.id);
    if (!task) {
      out.failed.push({
        item,
        error: new RefusalError({
          code: 'not_found',
          rule: 'no_such_task',
          message: `No task with id '${item.id}'`,
        }),
      });
      continue;
    }
    const roles = taskRoles(rules.framework, item.actor, task);
    const plan = planTransition(
      rules.lifecycle,
      { principal: item.actor.principal, roles },
      task,
      item.input,
      undefined,
      (held.get(task.id) ?? []).length > 0,
    );
    if (!plan.ok) {
      if (plan.refusal.code === 'stale_version') out.deferred.push(item);
      else out.failed.push({ item, error: refused(plan.refusal) });
      continue;
    }
    if (plan.value.involvesOtherTasks) {
      out.deferred.push(item);
      continue;
    }
    const next = nextSnapshot(task, { state: plan.value.to }, nowIso);
    moves.push({ id: task.id, fromVersion: task.version, state: next.state });
    out.written.push({
      item,
      value: { snapshot: next, heldBy: held.get(task.id) ?? [] },
    });
    out.events.push(
      eventOf(
        taskChangeEvent('task.transitioned', task, next, plan.value.reason),
        item.actor,
      ),
    );
  }
  if ((await moveTaskStates(tx, moves, nowIso)) !== moves.length) {
    throw new Error('a task of the batch changed concurrently');
  }
  await appendEvents(tx, out.events);
  return out;
}
