import type {
  CoordinationEvent,
  Task,
  TaskSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import { taskChanges } from '../TaskShared';

const short = (id: string) => id.slice(0, 8);

function dependencyIds(snapshot: unknown): string[] {
  const deps = (snapshot as Partial<TaskSnapshot> | null)?.dependencies;
  return Array.isArray(deps) ? deps.map(d => d.taskId) : [];
}

function stateOf(snapshot: unknown): string | undefined {
  const state = (snapshot as Partial<TaskSnapshot> | null)?.state;
  return typeof state === 'string' ? state : undefined;
}

/** Snapshots carry no derived fields; the comparison wants them present. */
function asTask(snapshot: unknown): Task {
  return { blockedBy: [], heldBy: [], ...(snapshot as TaskSnapshot) };
}

/**
 * What an event did, in words: "Moved ASSIGNED → IN_PROGRESS", "Changed
 * Title, Priority". Unknown event types (a newer backend) show their type.
 */
export function describeEvent(event: CoordinationEvent): string {
  const from = stateOf(event.before);
  const to = stateOf(event.after);
  const move = from && to ? `${from} → ${to}` : to ?? '';
  const alert = (event.after ?? {}) as Record<string, unknown>;
  switch (event.type) {
    case 'task.created':
      return `Created in ${to ?? 'its initial state'}`;
    case 'task.transitioned':
      return `Moved ${move}`;
    case 'task.blocked':
      return `Blocked: ${move}`;
    case 'task.unblocked':
      return `Unblocked: ${move}`;
    case 'task.updated': {
      const fields = taskChanges(asTask(event.before), asTask(event.after))
        .filter(c => c.field !== 'state')
        .map(c => `${c.label} (${c.before} → ${c.after})`);
      return fields.length ? `Changed ${fields.join(', ')}` : 'Changed';
    }
    case 'task.dependency_added': {
      const before = new Set(dependencyIds(event.before));
      const added = dependencyIds(event.after).filter(id => !before.has(id));
      return `Added a dependency on ${added.map(short).join(', ') || 'a task'}`;
    }
    case 'task.dependency_removed': {
      const after = new Set(dependencyIds(event.after));
      const removed = dependencyIds(event.before).filter(id => !after.has(id));
      return `Removed the dependency on ${
        removed.map(short).join(', ') || 'a task'
      }`;
    }
    case 'dependency.overdue':
      return `Dependency ${short(
        String(alert.dependsOnId ?? ''),
      )} is overdue by ${String(alert.overdueBy ?? '?')} (still ${String(
        alert.dependsOnState ?? '?',
      )})`;
    case 'task.dependency_failed':
      return `Dependency ${short(
        String(alert.dependsOnId ?? ''),
      )} failed (${String(alert.dependsOnState ?? '?')})`;
    default:
      return event.type;
  }
}
