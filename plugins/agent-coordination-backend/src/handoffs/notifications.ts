import type { HandoffSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { ChangeListener } from '../platform/changes/ChangeAnnouncer';

/** Whom each handoff event concerns, and what it tells them. */
const NOTICES: Record<
  string,
  { to: (h: HandoffSnapshot) => string; title: (h: HandoffSnapshot) => string }
> = {
  'handoff.transferred': {
    to: h => h.to,
    title: h => `Handoff to acknowledge: ${h.title} (from ${h.from})`,
  },
  'handoff.clarification_requested': {
    to: h => h.from,
    title: h => `Clarification asked on your handoff: ${h.title}`,
  },
  'handoff.clarification_answered': {
    to: h => h.to,
    title: h => `Clarification answered on handoff: ${h.title}`,
  },
  'handoff.acknowledged': {
    to: h => h.from,
    title: h => `Handoff acknowledged: ${h.title} (by ${h.to})`,
  },
};

/**
 * Backstage notifications for whose turn it is: the receiver's users when a
 * handoff is transferred to it or a question answered, the sender's when
 * the receiver asks or accepts.
 */
export function notifyHandoffEvents(
  notifications: NotificationService,
  actors: ActorDirectory,
): ChangeListener {
  return async events => {
    for (const event of events) {
      const notice = NOTICES[event.type];
      if (!notice) continue;
      const handoff = event.after as HandoffSnapshot;
      const users = actors
        .principalsOf(notice.to(handoff))
        .filter(p => p.startsWith('user:'));
      if (users.length === 0) continue;
      await notifications.send({
        recipients: { type: 'entity', entityRef: [...new Set(users)] },
        payload: {
          title: notice.title(handoff),
          description: event.reason ?? undefined,
          link: `/agent-coordination/handoffs/${handoff.id}`,
          severity: event.type === 'handoff.transferred' ? 'high' : 'normal',
          topic: 'agent-coordination:handoffs',
          scope: `handoff:${handoff.id}`,
        },
      });
    }
  };
}
