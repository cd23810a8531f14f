import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { priorityRank } from '../TaskShared';

export interface BoardColumn {
  name: string;
  description?: string;
  tasks: Task[];
}

/**
 * The board's columns: the framework's lifecycle states in its order, each
 * with its tasks, most urgent first and otherwise in creation order. A task
 * in a state the framework does not list (renamed since it was written)
 * gets a column of its own rather than vanishing.
 */
export function groupByState(
  tasks: Task[],
  states: Array<{ name: string; description?: string }>,
): BoardColumn[] {
  const columns = new Map<string, BoardColumn>(
    states.map(s => [
      s.name,
      { name: s.name, description: s.description, tasks: [] },
    ]),
  );
  for (const task of tasks) {
    let column = columns.get(task.state);
    if (!column) {
      column = {
        name: task.state,
        description: 'A state the framework no longer defines',
        tasks: [],
      };
      columns.set(task.state, column);
    }
    column.tasks.push(task);
  }
  for (const column of columns.values()) {
    // Array.prototype.sort is stable: equal priorities keep creation order.
    column.tasks.sort(
      (a, b) => priorityRank(a.priority) - priorityRank(b.priority),
    );
  }
  return [...columns.values()];
}
