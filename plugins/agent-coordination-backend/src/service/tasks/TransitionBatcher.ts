import type {
  CoordinationFramework,
  TaskChangeResponse,
  TaskSnapshot,
  TransitionTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import { appendEvents, type NewEvent } from '../../database/operations/events';
import { moveTaskStates, type StateMove } from '../../database/operations/moveTaskStates';
import { loadTasks } from '../../database/operations/tasks';
import { StaleVersionError } from '../errors';
import type { Actor } from './Actor';
import { planTransition } from './commands/transitionTask';
import { deriveTasks } from './deriveTasks';
import type { LifecycleStates } from './lifecycleStates';
import type { Outcome as TaskOutcome } from './TaskService';
import { LostUpdate, taskEvent } from './TaskWriter';

type Outcome = TaskOutcome<TaskChangeResponse>;

interface BatchOutcome {
  written: Array<{ item: Pending; task: TaskSnapshot }>;
  /** Sent with a version the task no longer has: answered with the task as read. */
  stale: Array<{ item: Pending; task: TaskSnapshot; sentVersion: number }>;
  failed: Array<{ item: Pending; error: unknown }>;
  deferred: Pending[];
  events: NewEvent[];
}

interface Pending {
  actor: Actor;
  id: string;
  input: TransitionTaskRequest;
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
}

export interface TransitionBatcherOptions {
  db: Knex;
  framework: CoordinationFramework;
  lifecycle: LifecycleStates;
  clock: () => Date;
  /** The one-transaction-per-request path, for transitions that involve other tasks. */
  single: (actor: Actor, id: string, input: TransitionTaskRequest) => Promise<Outcome>;
  /** Announces committed events (signals); never throws. */
  announce: (events: NewEvent[]) => Promise<void>;
  /** Most transitions in one transaction. */
  maxBatch?: number;
  /**
   * Most batch transactions open at once. One (the default) makes the
   * batches as large as the load: measured on PostgreSQL with 64 clients,
   * about 20 % more transitions per second than two. Transitions that
   * involve other tasks run outside this limit, so their lock waits never
   * hold it.
   */
  maxConcurrent?: number;
}

/**
 * Group commit for task transitions. A transition of one task is a read, a
 * conditional UPDATE and an event: on its own, a transaction of five round
 * trips, most of the cost of the request. Transitions that arrive while
 * others are being written wait and go together into the next transaction:
 * one read for all of them, their UPDATEs, one INSERT for all their events.
 * With no concurrency a batch holds one transition, so nothing waits.
 *
 * Each transition keeps its own outcome: one that breaks a rule or was sent
 * with a stale version gets its 4xx or 409 and writes nothing, without
 * affecting the others in its batch. Transitions that involve other tasks (starting a task that
 * has dependencies, completing one) take the single path, in arrival order
 * per task. If a batch transaction fails as a whole, each of its transitions
 * is retried on the single path.
 */
export class TransitionBatcher {
  private readonly queue: Pending[] = [];
  private running = 0;
  private readonly maxBatch: number;
  private readonly maxConcurrent: number;

  constructor(private readonly options: TransitionBatcherOptions) {
    this.maxBatch = options.maxBatch ?? 64;
    this.maxConcurrent = options.maxConcurrent ?? 1;
  }

  submit(actor: Actor, id: string, input: TransitionTaskRequest): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ actor, id, input, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.running < this.maxConcurrent && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.running++;
      this.run(batch)
        .catch(error => {
          // Not expected (run answers every transition itself), but a slot
          // must never leak: answer whatever is unanswered.
          for (const item of batch) item.reject(error);
          return [] as Pending[];
        })
        .then(deferred => {
          this.running--;
          this.pump();
          // Outside the slot: a transition that involves other tasks may wait
          // on their locks, and must not hold up the batches behind it.
          return this.runSingly(deferred);
        });
    }
  }

  /** Writes a batch and answers it; returns the transitions it leaves for the single path. */
  private async run(batch: Pending[]): Promise<Pending[]> {
    const { db, lifecycle, clock } = this.options;
    let outcome: BatchOutcome;
    try {
      outcome = await db.transaction(tx => this.write(tx, batch, clock()));
    } catch {
      // Nothing of the batch was committed (a rule check never throws here):
      // give each transition its own transaction, which reports its own error.
      return batch;
    }
    const { written, stale, failed, deferred, events } = outcome;

    await this.options.announce(events);
    try {
      // Both lists need blockedBy, which only tasks with dependencies have: usually no query at all.
      const tasks = await deriveTasks(db, [...written, ...stale].map(w => w.task), lifecycle.done);
      written.forEach(({ item }, i) =>
        item.resolve({ status: 200, body: { task: tasks[i], warnings: [] }, replayed: false }),
      );
      stale.forEach(({ item, sentVersion }, i) =>
        item.reject(new StaleVersionError(tasks[written.length + i], sentVersion)),
      );
    } catch (error) {
      [...written, ...stale].forEach(({ item }) => item.reject(error));
    }
    failed.forEach(({ item, error }) => item.reject(error));
    return deferred;
  }

  /**
   * The batch's transaction: one read of every task, the rules checked in
   * memory, one UPDATE and one INSERT. A task that changed between the read
   * and the UPDATE makes the UPDATE count short: the batch rolls back and its
   * transitions go the single path, which tells the loser it lost.
   */
  private async write(tx: Knex.Transaction, batch: Pending[], now: Date): Promise<BatchOutcome> {
    const { framework, lifecycle } = this.options;
    const current = await loadTasks(tx, batch.map(b => b.id));
    const out: BatchOutcome = { written: [], stale: [], failed: [], deferred: [], events: [] };
    const deferredIds = new Set<string>();
    const movedIds = new Set<string>();
    const moves: StateMove[] = [];
    const updatedAt = now.toISOString();
    for (const item of batch) {
      // One move per task and batch, and arrival order per task: a task's
      // later transitions follow its first one out of the batch.
      if (deferredIds.has(item.id) || movedIds.has(item.id)) {
        deferredIds.add(item.id);
        out.deferred.push(item);
        continue;
      }
      const task = current.get(item.id);
      if (!task) {
        out.failed.push({ item, error: new NotFoundError(`No task with id '${item.id}'`) });
        continue;
      }
      let plan;
      try {
        plan = planTransition({ framework, lifecycle }, item.actor, task, item.input);
      } catch (error) {
        if (error instanceof LostUpdate) {
          out.stale.push({ item, task, sentVersion: error.sentVersion });
        } else {
          out.failed.push({ item, error });
        }
        continue;
      }
      if (plan.involvesOtherTasks) {
        deferredIds.add(item.id);
        out.deferred.push(item);
        continue;
      }
      const next: TaskSnapshot = { ...task, state: plan.to, version: task.version + 1, updatedAt };
      movedIds.add(item.id);
      moves.push({ id: task.id, fromVersion: task.version, state: plan.to });
      out.written.push({ item, task: next });
      out.events.push(taskEvent('task.transitioned', task.id, task, next, plan.reason, item.actor));
    }
    if ((await moveTaskStates(tx, moves, updatedAt)) !== moves.length) {
      throw new Error('a task of the batch changed concurrently');
    }
    await appendEvents(tx, out.events);
    return out;
  }

  private async runSingly(items: Pending[]) {
    for (const item of items) {
      try {
        item.resolve(await this.options.single(item.actor, item.id, item.input));
      } catch (error) {
        item.reject(error);
      }
    }
  }

}
