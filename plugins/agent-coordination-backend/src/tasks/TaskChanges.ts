import type {
  AddDependencyRequest,
  CreateTaskRequest,
  TaskChange,
  TransitionRequest,
  UpdateTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../platform/actors';
import type { ChangeRunner } from '../platform/changes/ChangeRunner';
import { StaleVersionError } from '../platform/changes/errors';
import type { EventWriter } from '../platform/changes/EventWriter';
import { GroupCommitQueue } from '../platform/changes/GroupCommitQueue';
import type { IdempotencyRequest } from '../platform/changes/IdempotentRequests';
import type { Outcome } from '../platform/changes/Outcome';
import { addDependency } from './commands/addDependency';
import {
  taskSubject,
  type TaskCommandContext,
  type TaskCommandResult,
  type TaskRules,
} from './commands/context';
import { createTask } from './commands/createTask';
import { removeDependency } from './commands/removeDependency';
import { transitionTask } from './commands/transitionTask';
import {
  writeTransitionBatch,
  type BatchedTransition,
  type PendingTransition,
} from './commands/transitionBatch';
import { updateTask } from './commands/updateTask';
import { deriveTasks, deriveTasksHeld } from './deriveTasks';
import { loadTask } from './store/tasks';

/**
 * Every change to tasks, for the routes and the actions alike: each command
 * runs through the change runner (one transaction with its events,
 * collision retries, announced after commit); transitions without an
 * Idempotency-Key are group-committed.
 */
export class TaskChanges {
  private readonly transitions: GroupCommitQueue<
    PendingTransition,
    BatchedTransition,
    Outcome<TaskChange>
  >;

  constructor(
    private readonly runner: ChangeRunner,
    private readonly rules: TaskRules,
    options: { maxBatch?: number } = {},
  ) {
    runner.answerStaleWrites('task', async (id, sentVersion) => {
      const current = await loadTask(runner.db, id);
      if (!current)
        return new StaleVersionError(
          `Task ${id} changed concurrently`,
          'task',
          null,
        );
      const [task] = await deriveTasks(
        runner.db,
        [current],
        rules.lifecycle.done,
        rules.holds,
      );
      return new StaleVersionError(
        `Task ${id} is at version ${task.version}, not ${sentVersion}: it changed since you read it; the response carries the current task`,
        'task',
        task,
      );
    });
    this.transitions = new GroupCommitQueue({
      db: runner.db,
      clock: () => runner.now(),
      maxBatch: options.maxBatch,
      write: (tx, items, now) => writeTransitionBatch(tx, items, now, rules),
      answer: async written => {
        const tasks = await deriveTasksHeld(
          runner.db,
          written.map(w => w.value.snapshot),
          rules.lifecycle.done,
          new Map(written.map(w => [w.value.snapshot.id, w.value.heldBy])),
        );
        return tasks.map(task => ({
          status: 200,
          body: { task, warnings: [] },
          replayed: false,
        }));
      },
      single: item => this.transitionAlone(item.actor, item.id, item.input),
      announce: events => runner.announce(events),
    });
  }

  create(
    actor: Actor,
    input: CreateTaskRequest,
    idempotency?: IdempotencyRequest,
  ) {
    return this.change(actor, 201, undefined, idempotency, ctx =>
      createTask(ctx, input),
    );
  }

  update(actor: Actor, id: string, input: UpdateTaskRequest) {
    return this.change(actor, 200, id, undefined, ctx =>
      updateTask(ctx, id, input),
    );
  }

  transition(
    actor: Actor,
    id: string,
    input: TransitionRequest,
    idempotency?: IdempotencyRequest,
  ) {
    // A keyed request claims its key in its own transaction; the rest are group-committed.
    if (idempotency) return this.transitionAlone(actor, id, input, idempotency);
    return this.transitions.submit({ actor, id, input });
  }

  addDependency(
    actor: Actor,
    id: string,
    input: AddDependencyRequest,
    idempotency?: IdempotencyRequest,
  ) {
    return this.change(actor, 201, id, idempotency, ctx =>
      addDependency(ctx, id, input),
    );
  }

  removeDependency(
    actor: Actor,
    id: string,
    dependsOnId: string,
    version?: number,
  ) {
    return this.change(actor, 200, id, undefined, ctx =>
      removeDependency(ctx, id, dependsOnId, version),
    );
  }

  private transitionAlone(
    actor: Actor,
    id: string,
    input: TransitionRequest,
    idempotency?: IdempotencyRequest,
  ) {
    return this.change(actor, 200, id, idempotency, ctx =>
      transitionTask(ctx, id, input),
    );
  }

  private change(
    actor: Actor,
    status: number,
    id: string | undefined,
    idempotency: IdempotencyRequest | undefined,
    command: (ctx: TaskCommandContext) => Promise<TaskCommandResult>,
  ): Promise<Outcome<TaskChange>> {
    return this.runner.run({
      actor,
      status,
      idempotency,
      subject: id === undefined ? undefined : taskSubject(id),
      work: async (writer: EventWriter) => {
        const result = await command({ ...this.rules, writer });
        const [task] = await deriveTasks(
          writer.tx,
          [result.task],
          this.rules.lifecycle.done,
          this.rules.holds,
        );
        return { task, warnings: result.warnings };
      },
    });
  }
}
