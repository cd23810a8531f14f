import {
  overdueAlerts,
  TASK_SUBJECT,
  type LifecycleRoles,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { SYSTEM_ACTOR } from '../../platform/actors';
import type { ChangeRunner } from '../../platform/changes/ChangeRunner';
import { claimDependencyAlert, findOverdueBlockingDependencies } from '../store/overdueDependencies';

/**
 * Writes one dependency.overdue event per blocking dependency past its
 * timeout. Each is claimed with a conditional update first, so replicas
 * sweeping at the same time alert once between them. Returns how many
 * alerts this call wrote.
 */
export async function raiseDependencyAlerts(
  runner: ChangeRunner,
  lifecycle: LifecycleRoles,
  now: Date = runner.now(),
): Promise<number> {
  const candidates = await findOverdueBlockingDependencies(runner.db, now, lifecycle);
  let raised = 0;
  for (const alert of overdueAlerts(candidates, now, lifecycle)) {
    raised += await runner.system(SYSTEM_ACTOR, async writer => {
      if (!(await claimDependencyAlert(writer.tx, alert.taskId, alert.dependsOnId, now))) return 0;
      await writer.record({
        subject: { type: TASK_SUBJECT, id: alert.taskId },
        type: 'dependency.overdue',
        before: null,
        after: alert.after,
        reason: alert.reason,
      });
      return 1;
    });
  }
  return raised;
}

/** Every five minutes, on one replica at a time (the scheduler's lock; the claim covers overlaps anyway). */
export async function scheduleDependencyTimeouts(options: {
  scheduler: SchedulerService;
  runner: ChangeRunner;
  lifecycle: LifecycleRoles;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'agent-coordination-dependency-timeouts',
    frequency: { minutes: 5 },
    timeout: { minutes: 1 },
    fn: async () => {
      const raised = await raiseDependencyAlerts(options.runner, options.lifecycle);
      if (raised > 0) options.logger.info(`Raised ${raised} overdue dependency alert(s)`);
    },
  });
}
