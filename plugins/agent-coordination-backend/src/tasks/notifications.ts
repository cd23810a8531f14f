import type { FailedDependencyAlert } from '@agent-coordination/plugin-agent-coordination-common';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { ChangeListener } from '../platform/changes/ChangeAnnouncer';

/**
 * Tells people about task alerts that need them: a task whose blocking
 * dependency failed goes to the users acting as its assignee and as the
 * context manager (agentCoordination.actors). Agents mapped to no user have
 * no one to tell; the event is in the log either way.
 */
export function notifyTaskAlerts(
  notifications: NotificationService,
  actors: ActorDirectory,
  logger: Pick<LoggerService, 'debug'>,
): ChangeListener {
  return async events => {
    for (const event of events) {
      if (event.type !== 'task.dependency_failed') continue;
      const alert = event.after as FailedDependencyAlert;
      const users = [
        ...new Set(alert.notify.flatMap(agent => actors.principalsOf(agent)).filter(p => p.startsWith('user:'))),
      ];
      if (users.length === 0) {
        logger.debug(`No user acts as ${alert.notify.join(', ')}; alert on task ${event.subject.id} not notified`);
        continue;
      }
      await notifications.send({
        recipients: { type: 'entity', entityRef: users },
        payload: {
          title: `Task ${event.subject.id} is blocked on a failed task`,
          description: event.reason ?? undefined,
          link: '/agent-coordination',
          severity: 'high',
          topic: 'agent-coordination:tasks',
        },
      });
    }
  };
}
