import type {
  CoordinationFramework,
  TaskSnapshot,
  TaskWarning,
} from '@agent-coordination/plugin-agent-coordination-common';
import { NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import { loadTask } from '../../../database/operations/tasks';
import type { LifecycleStates } from '../lifecycleStates';
import { LostUpdate, type TaskWriter } from '../TaskWriter';

/** What every task command gets: the rules, and a writer bound to the open transaction. */
export interface CommandContext {
  framework: CoordinationFramework;
  lifecycle: LifecycleStates;
  writer: TaskWriter;
}

export interface CommandResult {
  task: TaskSnapshot;
  warnings: TaskWarning[];
}

export async function requireTask(tx: Knex, id: string): Promise<TaskSnapshot> {
  const task = await loadTask(tx, id);
  if (!task) throw new NotFoundError(`No task with id '${id}'`);
  return task;
}

/** Refuses a change based on an old read before any rule is even checked. */
export function checkVersion(task: TaskSnapshot, sentVersion: number | undefined) {
  if (sentVersion !== undefined && sentVersion !== task.version) {
    throw new LostUpdate(task.id, sentVersion);
  }
}
