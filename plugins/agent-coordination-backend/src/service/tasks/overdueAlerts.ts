import { formatDuration } from '@agent-coordination/plugin-agent-coordination-common';
import type { OverdueCandidate } from '../../database/operations/overdueDependencies';

/** The alert for one overdue blocking dependency. */
export interface OverdueAlert {
  taskId: string;
  dependsOnId: string;
  after: {
    dependsOnId: string;
    dependsOnState: string;
    timeout: string;
    deadlineAt: string;
    overdueBy: string;
  };
  reason: string;
}

/**
 * Which candidates deserve an alert at `now`: past the deadline, the task
 * depended on still unfinished, and the waiting task still alive (a finished
 * or failed task waits for nothing).
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
