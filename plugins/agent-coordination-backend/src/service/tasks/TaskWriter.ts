import type { TaskSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { appendEvent, type NewEvent } from '../../database/operations/events';
import { insertTask, updateTask } from '../../database/operations/tasks';
import type { Actor } from './Actor';

/** Thrown inside a transaction when a conditional write lost a race; the service turns it into a 409. */
export class LostUpdate extends Error {
  constructor(readonly taskId: string, readonly sentVersion: number) {
    super(`task ${taskId} changed concurrently`);
  }
}

/**
 * Writes task changes inside one transaction, each with its event, and
 * remembers the events so they can be announced after the commit. The row is
 * written before its event: the conditional update takes the row lock, so
 * per task the event ids follow the versions.
 */
export class TaskWriter {
  readonly events: NewEvent[] = [];

  constructor(
    readonly tx: Knex.Transaction,
    readonly actor: Actor,
    readonly now: Date,
  ) {}

  get nowIso(): string {
    return this.now.toISOString();
  }

  async create(task: TaskSnapshot, reason: string | null): Promise<TaskSnapshot> {
    await insertTask(this.tx, task);
    await this.record('task.created', task.id, null, task, reason, this.actor);
    return task;
  }

  /** Saves `changes` over `before` as the next version. */
  async save(
    type: string,
    before: TaskSnapshot,
    changes: Partial<TaskSnapshot>,
    reason: string | null,
    actor: Actor = this.actor,
  ): Promise<TaskSnapshot> {
    const after: TaskSnapshot = {
      ...before,
      ...changes,
      version: before.version + 1,
      updatedAt: this.nowIso,
    };
    if (!(await updateTask(this.tx, before, after))) {
      throw new LostUpdate(before.id, before.version);
    }
    await this.record(type, before.id, before, after, reason, actor);
    return after;
  }

  /** An event that changes no task state (e.g. an alert). */
  async note(type: string, taskId: string, after: unknown, reason: string, actor: Actor) {
    await this.record(type, taskId, null, after, reason, actor);
  }

  private async record(
    type: string,
    taskId: string,
    before: unknown,
    after: unknown,
    reason: string | null,
    actor: Actor,
  ) {
    const event = taskEvent(type, taskId, before, after, reason, actor);
    await appendEvent(this.tx, event);
    this.events.push(event);
  }
}

/** The event row of one change to a task. */
export function taskEvent(
  type: string,
  taskId: string,
  before: unknown,
  after: unknown,
  reason: string | null,
  actor: Actor,
): NewEvent {
  return {
    type,
    actor: actor.principal,
    actorAgent: actor.agent?.key ?? null,
    subject: { type: 'task', id: taskId },
    before,
    after,
    reason,
  };
}
