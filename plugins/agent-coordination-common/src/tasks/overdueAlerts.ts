import { formatDuration } from '../rules/duration';
import type { OverdueDependencyAlert } from './taskEvents';

/** A blocking dependency past its deadline that was never alerted, as the store finds it. @public */
export interface OverdueCandidate {
  taskId: string;
  dependsOnId: string;
  timeout: string;
  deadlineAt: string;
  taskState: string;
  dependsOnState: string;
}

/** The alert for one overdue blocking dependency. @public */
export interface OverdueAlert {
  taskId: string;
  dependsOnId: string;
  after: OverdueDependencyAlert;
  reason: string;
}

/**
 * Which candidates deserve an alert at `now`: past the deadline, the task
 * depended on still unfinished, and the waiting task still alive (a finished
 * or failed task waits for nothing).
 * @public
 */
export function overdueAlerts(
  candidates: OverdueCandidate[],
  now: Date,
  states: { done: string; terminal: string[] },
): OverdueAlert[] {
  return candidates
    .filter(
      c =>
        Date.parse(c.deadlineAt) <= now.getTime() &&
        c.dependsOnState !== states.done &&
        !states.terminal.includes(c.taskState),
    )
    .map(c => {
      const late = now.getTime() - Date.parse(c.deadlineAt);
      const overdueBy = formatDuration(Math.floor(late / 60_000) * 60_000);
      return {
        taskId: c.taskId,
        dependsOnId: c.dependsOnId,
        after: {
          dependsOnId: c.dependsOnId,
          dependsOnState: c.dependsOnState,
          timeout: c.timeout,
          deadlineAt: c.deadlineAt,
          overdueBy,
        },
        reason: `blocking dependency ${c.dependsOnId} is still ${c.dependsOnState} ${c.timeout} after it was added (deadline ${c.deadlineAt})`,
      };
    });
}
