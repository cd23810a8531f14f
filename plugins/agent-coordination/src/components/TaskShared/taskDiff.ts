import type { Task } from '@agent-coordination/plugin-agent-coordination-common';

/** A field a person recognises, in the order a task detail shows them. */
const FIELDS: Array<{ field: keyof Task; label: string }> = [
  { field: 'state', label: 'State' },
  { field: 'title', label: 'Title' },
  { field: 'description', label: 'Description' },
  { field: 'kind', label: 'Kind of work' },
  { field: 'component', label: 'Component' },
  { field: 'assignee', label: 'Assignee' },
  { field: 'priority', label: 'Priority' },
  { field: 'estimate', label: 'Estimate' },
  { field: 'dueDate', label: 'Due date' },
  { field: 'labels', label: 'Labels' },
  { field: 'dependencies', label: 'Dependencies' },
  { field: 'blockedBy', label: 'Blocked by' },
];

/** @public */
export interface FieldChange {
  field: keyof Task;
  label: string;
  before: string;
  after: string;
}

function show(task: Task, field: keyof Task): string {
  const value = task[field];
  if (field === 'dependencies') {
    return task.dependencies.map(d => d.taskId).join(', ') || 'none';
  }
  if (Array.isArray(value)) return value.join(', ') || 'none';
  if (value === null || value === undefined || value === '') return 'none';
  return String(value);
}

/** What differs between the task a user saw and the task as it is now. */
export function taskChanges(seen: Task, current: Task): FieldChange[] {
  return FIELDS.flatMap(({ field, label }) => {
    const before = show(seen, field);
    const after = show(current, field);
    return before === after ? [] : [{ field, label, before, after }];
  });
}
