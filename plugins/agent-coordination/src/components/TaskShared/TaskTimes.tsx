import { memo } from 'react';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { formatDateTime, formatDuration, useMinuteClock } from './time';

/** How long the task has been in its state; ticks with the page's one clock. */
export const TimeInState = memo(({ since }: { since: string }) => {
  const now = useMinuteClock();
  const entered = Date.parse(since);
  if (Number.isNaN(entered)) return null;
  return (
    <span
      title={`In this state since ${formatDateTime(since)}`}
      data-testid="task-time-in-state"
    >
      {formatDuration(Math.max(0, now - entered))}
    </span>
  );
});

/**
 * When the unfinished blocking dependency with the earliest deadline times
 * out: past it, the backend raises an overdue alert. Undefined when nothing
 * blocks the task.
 */
export function earliestBlockingDeadline(task: Task): string | undefined {
  const waiting = new Set(task.blockedBy);
  let earliest: string | undefined;
  for (const d of task.dependencies) {
    if (!d.blocking || !waiting.has(d.taskId)) continue;
    if (!earliest || Date.parse(d.deadlineAt) < Date.parse(earliest)) {
      earliest = d.deadlineAt;
    }
  }
  return earliest;
}
