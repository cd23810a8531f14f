import type { TaskSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import {
  DEPENDENCIES,
  LABELS,
  TASKS,
  type DependencyRow,
  type LabelRow,
  type TaskRow,
} from './tables';
import { dependencyToRow, rowToDependency, rowToTask, taskToRow } from './rows';
import { withReadMode, type ReadMode } from '../../platform/store/readMode';

/** Tasks by id, with labels and dependencies; missing ids are absent. */
export async function loadTasks(
  db: Knex,
  ids: string[],
  mode: ReadMode = 'plain',
): Promise<Map<string, TaskSnapshot>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, TaskSnapshot>();
  if (unique.length === 0) return out;
  // One after another: inside a transaction the three share one connection,
  // and pg refuses (deprecates) overlapping queries on a client.
  const rows: TaskRow[] = await withReadMode(db, db<TaskRow>(TASKS).whereIn('id', unique), mode);
  const labels: LabelRow[] = await withReadMode(db, db<LabelRow>(LABELS).whereIn('task_id', unique), mode);
  const deps: DependencyRow[] = await withReadMode(
    db,
    db<DependencyRow>(DEPENDENCIES).whereIn('task_id', unique),
    mode,
  );
  for (const row of rows) {
    out.set(
      row.id,
      rowToTask(
        row,
        labels.filter(l => l.task_id === row.id).map(l => l.label),
        deps.filter(d => d.task_id === row.id).map(rowToDependency),
      ),
    );
  }
  return out;
}

export async function loadTask(
  db: Knex,
  id: string,
): Promise<TaskSnapshot | undefined> {
  return (await loadTasks(db, [id])).get(id);
}

/**
 * Tasks by id as they are now, each row locked FOR UPDATE until the
 * transaction ends: a transaction that changed one of them has committed,
 * and one that wants to change one waits for this one. Rows are locked in
 * id order, so two transactions locking the same tasks queue rather than
 * deadlock.
 */
export async function loadTasksForUpdate(
  tx: Knex.Transaction,
  ids: string[],
): Promise<Map<string, TaskSnapshot>> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return new Map();
  await tx(TASKS).whereIn('id', unique).orderBy('id').forUpdate().select('id');
  return loadTasks(tx, unique, 'latest');
}

export async function insertTask(tx: Knex, task: TaskSnapshot): Promise<void> {
  await tx(TASKS).insert(taskToRow(task));
  if (task.labels.length > 0) {
    await tx(LABELS).insert(task.labels.map(label => ({ task_id: task.id, label })));
  }
  if (task.dependencies.length > 0) {
    await tx(DEPENDENCIES).insert(
      task.dependencies.map(d => dependencyToRow(task.id, d)),
    );
  }
}

/**
 * Writes `after` over `before` if nobody changed the task since `before` was
 * read: the row update is conditional on the version, so of two concurrent
 * writers exactly one wins. Returns false when the version had moved on.
 * Labels and dependencies are written as differences so that columns the
 * task does not carry (a dependency's alerted_at) survive.
 */
export async function updateTask(
  tx: Knex,
  before: TaskSnapshot,
  after: TaskSnapshot,
): Promise<boolean> {
  const { id: _id, created_at: _c, ...row } = taskToRow(after);
  const updated = await tx(TASKS)
    .where({ id: before.id, version: before.version })
    .update(row);
  if (updated !== 1) return false;

  const removedLabels = before.labels.filter(l => !after.labels.includes(l));
  const addedLabels = after.labels.filter(l => !before.labels.includes(l));
  if (removedLabels.length > 0) {
    await tx(LABELS).where('task_id', before.id).whereIn('label', removedLabels).delete();
  }
  if (addedLabels.length > 0) {
    await tx(LABELS).insert(addedLabels.map(label => ({ task_id: before.id, label })));
  }

  const afterIds = new Set(after.dependencies.map(d => d.taskId));
  const beforeIds = new Set(before.dependencies.map(d => d.taskId));
  const removedDeps = [...beforeIds].filter(d => !afterIds.has(d));
  const addedDeps = after.dependencies.filter(d => !beforeIds.has(d.taskId));
  if (removedDeps.length > 0) {
    await tx(DEPENDENCIES)
      .where('task_id', before.id)
      .whereIn('depends_on_id', removedDeps)
      .delete();
  }
  if (addedDeps.length > 0) {
    await tx(DEPENDENCIES).insert(addedDeps.map(d => dependencyToRow(before.id, d)));
  }
  return true;
}

/** Current state of each task named; missing ids are absent. */
export async function loadStates(
  db: Knex,
  ids: string[],
  mode: ReadMode = 'plain',
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return new Map();
  const rows: Array<{ id: string; state: string }> = await withReadMode(
    db,
    db(TASKS).whereIn('id', unique).orderBy('id').select('id', 'state'),
    mode,
  );
  return new Map(rows.map(r => [r.id, r.state]));
}
