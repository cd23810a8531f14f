import type {
  AddDependencyRequest,
  AllowedTransitionsResponse,
  CoordinationFramework,
  CreateTaskRequest,
  Task,
  TaskChangeResponse,
  TaskSnapshot,
  TransitionTaskRequest,
  UpdateTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { allowedTransitions } from '@agent-coordination/plugin-agent-coordination-common';
import { ServiceUnavailableError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { NewEvent } from '../../database/operations/events';
import { listEvents } from '../../database/operations/events';
import {
  claimDependencyAlert,
  findOverdueBlockingDependencies,
} from '../../database/operations/overdueDependencies';
import { listTaskIds, type TaskFilter, type TaskKey } from '../../database/operations/listTasks';
import { loadTask, loadTasks } from '../../database/operations/tasks';
import { isRetryableTransactionError } from '../../database/retryableTransactionError';
import { StaleVersionError } from '../errors';
import { SYSTEM_ACTOR, type Actor } from './Actor';
import { addDependency } from './commands/addDependency';
import { requireTask, type CommandContext, type CommandResult } from './commands/CommandContext';
import { createTask } from './commands/createTask';
import { removeDependency } from './commands/removeDependency';
import { transitionTask } from './commands/transitionTask';
import { updateTask } from './commands/updateTask';
import { deriveTasks } from './deriveTasks';
import { IdempotentRequests, type IdempotencyRequest } from './IdempotentRequests';
import { lifecycleStates, type LifecycleStates } from './lifecycleStates';
import { overdueAlerts } from './overdueAlerts';
import { rolesFor } from './roles';
import { TaskWriter, LostUpdate } from './TaskWriter';
import { TransitionBatcher } from './TransitionBatcher';

/** Called after a commit with the events it wrote; where signals and notifications plug in. */
export type TaskChangeListener = (events: NewEvent[]) => void | Promise<void>;

export interface TaskServiceOptions {
  db: Knex;
  framework: CoordinationFramework;
  clock?: () => Date;
  logger?: { warn(message: string, meta?: Error): void };
}

/** An HTTP-ready outcome: a replayed idempotent request returns the first one's status and body. */
export interface Outcome<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/** How often a change is retried when a task it touched on the side (not the one asked for) moved concurrently. */
const SIDE_CONFLICT_RETRIES = 3;

/**
 * How often a change is run again when the database aborted its transaction
 * for colliding with concurrent ones (deadlock, serialization failure, lock
 * wait timeout), and the base of the jittered pause before each run: about
 * 10-30 ms, then 20-60, then 40-120.
 */
const COLLISION_RETRIES = 3;
const COLLISION_BACKOFF_MS = 20;

/**
 * Tasks: the rules of -common applied to the store, every change one
 * transaction with its events. Sits between the router and the store so that
 * permission checks (which need the caller's credentials, carried on the
 * Actor) and change announcements have one place to go.
 */
export class TaskService {
  private readonly db: Knex;
  private readonly framework: CoordinationFramework;
  private readonly lifecycle: LifecycleStates;
  private readonly clock: () => Date;
  private readonly listeners: TaskChangeListener[] = [];
  private readonly idempotency: IdempotentRequests;
  private readonly logger?: TaskServiceOptions['logger'];
  private readonly transitions: TransitionBatcher;

  constructor(options: TaskServiceOptions) {
    this.db = options.db;
    this.framework = options.framework;
    this.lifecycle = lifecycleStates(options.framework);
    this.clock = options.clock ?? (() => new Date());
    this.idempotency = new IdempotentRequests(options.db);
    this.logger = options.logger;
    this.transitions = new TransitionBatcher({
      db: options.db,
      framework: options.framework,
      lifecycle: this.lifecycle,
      clock: this.clock,
      single: (actor, id, input) =>
        this.change(actor, 200, id, ctx => transitionTask(ctx, id, input)),
      announce: events => this.announce(events),
    });
  }

  onChange(listener: TaskChangeListener): void {
    this.listeners.push(listener);
  }

  createTask(actor: Actor, input: CreateTaskRequest, idempotency?: IdempotencyRequest) {
    return this.change(actor, 201, undefined, ctx => createTask(ctx, input), idempotency);
  }

  updateTask(actor: Actor, id: string, input: UpdateTaskRequest) {
    return this.change(actor, 200, id, ctx => updateTask(ctx, id, input));
  }

  transitionTask(
    actor: Actor,
    id: string,
    input: TransitionTaskRequest,
    idempotency?: IdempotencyRequest,
  ): Promise<Outcome<TaskChangeResponse>> {
    // A keyed request claims its key in its own transaction; the rest are group-committed.
    if (!idempotency) return this.transitions.submit(actor, id, input);
    return this.change(actor, 200, id, ctx => transitionTask(ctx, id, input), idempotency);
  }

  addDependency(
    actor: Actor,
    id: string,
    input: AddDependencyRequest,
    idempotency?: IdempotencyRequest,
  ) {
    return this.change(actor, 201, id, ctx => addDependency(ctx, id, input), idempotency);
  }

  removeDependency(actor: Actor, id: string, dependsOnId: string, version?: number) {
    return this.change(actor, 200, id, ctx => removeDependency(ctx, id, dependsOnId, version));
  }

  async getTask(id: string): Promise<Task> {
    const [task] = await deriveTasks(this.db, [await requireTask(this.db, id)], this.lifecycle.done);
    return task;
  }

  async listTasks(filter: TaskFilter, after: TaskKey | undefined, limit: number) {
    const page = await listTaskIds(this.db, filter, after, limit);
    const tasks = await loadTasks(this.db, page.ids);
    const items = await deriveTasks(
      this.db,
      page.ids.flatMap(id => tasks.get(id) ?? []),
      this.lifecycle.done,
    );
    return { items, last: page.more ? page.last : undefined };
  }

  async allowedTransitions(actor: Actor, id: string): Promise<AllowedTransitionsResponse> {
    const task = await requireTask(this.db, id);
    const roles = rolesFor(this.framework, actor, task);
    const transitions = allowedTransitions(this.lifecycle.definition, task.state, roles).filter(
      t => t.to !== this.lifecycle.assigned || task.assignee !== null,
    );
    return {
      state: task.state,
      version: task.version,
      agent: actor.agent?.key ?? null,
      roles,
      transitions,
    };
  }

  async taskEvents(id: string, afterId: number | undefined, limit: number) {
    await requireTask(this.db, id);
    return listEvents(this.db, { subject: { type: 'task', id }, afterId, limit });
  }

  async recentEvents(beforeId: number | undefined, limit: number) {
    return listEvents(this.db, { afterId: beforeId, limit });
  }

  /**
   * Writes one dependency.overdue event per blocking dependency past its
   * timeout. Each is claimed with a conditional update first, so replicas
   * sweeping at the same time alert once between them. Returns how many
   * alerts this call wrote.
   */
  async raiseDependencyAlerts(now: Date = this.clock()): Promise<number> {
    const candidates = await findOverdueBlockingDependencies(this.db, now, this.lifecycle);
    let raised = 0;
    for (const alert of overdueAlerts(candidates, now, this.lifecycle)) {
      const writer = await this.db.transaction(async tx => {
        const w = new TaskWriter(tx, SYSTEM_ACTOR, now);
        if (await claimDependencyAlert(tx, alert.taskId, alert.dependsOnId, now)) {
          await w.note('dependency.overdue', alert.taskId, alert.after, alert.reason, SYSTEM_ACTOR);
        }
        return w;
      });
      raised += writer.events.length;
      await this.announce(writer.events);
    }
    return raised;
  }

  private async change(
    actor: Actor,
    status: number,
    subjectId: string | undefined,
    command: (ctx: CommandContext) => Promise<CommandResult>,
    idempotency?: IdempotencyRequest,
  ): Promise<Outcome<TaskChangeResponse>> {
    let sideConflicts = 0;
    let collisions = 0;
    for (;;) {
      try {
        return await this.idempotency.run<TaskChangeResponse>(
          actor.principal,
          idempotency,
          this.clock(),
          async tx => {
            const writer = new TaskWriter(tx, actor, this.clock());
            const ctx = { framework: this.framework, lifecycle: this.lifecycle, writer };
            const result = await command(ctx);
            const [task] = await deriveTasks(tx, [result.task], this.lifecycle.done);
            return {
              status,
              body: { task, warnings: result.warnings },
              after: () => this.announce(writer.events),
            };
          },
        );
      } catch (error) {
        if (isRetryableTransactionError(error)) {
          // The whole transaction was rolled back, an Idempotency-Key's claim
          // included, so running it again from the start is safe: it claims
          // the key again, or replays a response committed meanwhile.
          if (collisions++ < COLLISION_RETRIES) {
            await this.pauseBeforeRetry(collisions);
            continue;
          }
          throw this.unavailable(error as Error, collisions);
        }
        if (!(error instanceof LostUpdate)) throw error;
        if (error.taskId !== subjectId && sideConflicts++ < SIDE_CONFLICT_RETRIES) continue;
        throw await this.staleVersion(error);
      }
    }
  }

  /** Jittered, so transactions that deadlocked each other do not meet again in step. */
  private pauseBeforeRetry(retry: number): Promise<void> {
    const ms = COLLISION_BACKOFF_MS * 2 ** (retry - 1) * (0.5 + Math.random());
    return new Promise(resolve => setTimeout(resolve, ms));
  }

  /** The 503 for a change that kept colliding; the database's error (with its SQL) goes to the log only. */
  private unavailable(error: Error, attempts: number): ServiceUnavailableError {
    this.logger?.warn(`agent-coordination change aborted by the database ${attempts} times`, error);
    return new ServiceUnavailableError(
      `The change was not applied: the database aborted it ${attempts} times because it collided with concurrent changes to the same tasks (deadlock or lock timeout). Nothing was written; send the request again.`,
    );
  }

  private async staleVersion(error: LostUpdate): Promise<StaleVersionError> {
    const current = (await loadTask(this.db, error.taskId)) as TaskSnapshot;
    const [task] = await deriveTasks(this.db, [current], this.lifecycle.done);
    return new StaleVersionError(task, error.sentVersion);
  }

  /** Listener failures are logged, never thrown: the change is committed whatever they do. */
  private async announce(events: NewEvent[]) {
    if (events.length === 0) return;
    for (const listener of this.listeners) {
      try {
        await listener(events);
      } catch (error) {
        this.logger?.warn('agent-coordination change listener failed', error as Error);
      }
    }
  }
}

