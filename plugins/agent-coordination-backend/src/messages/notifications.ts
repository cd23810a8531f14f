import {
  MESSAGE_EVENTS,
  recipientsOf,
  type CoordinationFramework,
  type MessageSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { ChangeListener } from '../platform/changes/ChangeAnnouncer';

/** The users acting as `agents` (agentCoordination.actors): whom a notification about them reaches. */
export function usersOf(actors: ActorDirectory, agents: string[]): string[] {
  return [
    ...new Set(
      agents
        .flatMap(a => actors.principalsOf(a))
        .filter(p => p.startsWith('user:')),
    ),
  ];
}

/** Whether a sent message reaches its recipients' users as a notification: the most urgent priority (P0), or an ALERT. */
export function isUrgent(
  framework: CoordinationFramework,
  message: MessageSnapshot,
): boolean {
  return (
    message.priority === framework.messageSchema.priorities[0] ||
    message.type === 'ALERT'
  );
}

/**
 * Backstage notifications: a P0 message or an ALERT reaches the users of
 * the agents it is to (every agent but the sender, for ALL); a REQUEST
 * flagged overdue reaches its sender's users.
 */
export function notifyMessageEvents(
  notifications: NotificationService,
  framework: CoordinationFramework,
  actors: ActorDirectory,
): ChangeListener {
  return async events => {
    for (const event of events) {
      const message = event.after as MessageSnapshot;
      let recipients: string[] = [];
      let title = '';
      let severity: 'critical' | 'high' = 'high';
      if (event.type === MESSAGE_EVENTS.sent && isUrgent(framework, message)) {
        recipients = usersOf(actors, recipientsOf(framework, message));
        title = `${message.priority} ${message.type} from ${message.from}: ${message.subject}`;
        if (message.priority === framework.messageSchema.priorities[0])
          severity = 'critical';
      } else if (event.type === MESSAGE_EVENTS.overdue) {
        recipients = usersOf(actors, [message.from]);
        title = `No response to your REQUEST to ${message.to}: ${message.subject}`;
      } else {
        continue;
      }
      if (recipients.length === 0) continue;
      await notifications.send({
        recipients: { type: 'entity', entityRef: recipients },
        payload: {
          title,
          description: event.reason ?? undefined,
          link: `/agent-coordination/messages/${message.id}`,
          severity,
          topic: 'agent-coordination:messages',
          scope: `message:${message.id}`,
        },
      });
    }
  };
}
