import {
  authorityAt,
  type ConflictSnapshot,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { ChangeListener } from '../platform/changes/ChangeAnnouncer';

/**
 * Whom a conflict event concerns: the holders of the authority that decides
 * now (the users acting as its agents, and the members of its groups: the
 * notifications backend expands a group ref), and the parties' users.
 */
export function recipientsOf(framework: CoordinationFramework, actors: ActorDirectory, conflict: ConflictSnapshot): string[] {
  const authority = authorityAt(framework, conflict, conflict.level);
  const agents = [...new Set([...authority.agents, ...conflict.parties])];
  const users = agents.flatMap(a => actors.principalsOf(a)).filter(p => p.startsWith('user:'));
  return [...new Set([...users, ...authority.groups])];
}

const TITLES: Record<string, (c: ConflictSnapshot, authority: string) => string> = {
  'conflict.opened': (c, a) => `Conflict opened: ${c.title} (${c.level}, ${a} decides)`,
  'conflict.escalated': (c, a) => `Conflict escalated to ${c.level}: ${c.title} (${a} decides)`,
  'conflict.breached': c => `Conflict past its SLA: ${c.title}`,
  'conflict.breach_reminder': c => `Still unresolved past its SLA: ${c.title}`,
  'conflict.resolved': c => `Conflict resolved: ${c.title}`,
};

/**
 * Backstage notifications for what people must act on: an opening and every
 * escalation reach who decides now, a breach keeps reaching them, and a
 * decision reaches the parties.
 */
export function notifyConflictEvents(
  notifications: NotificationService,
  framework: CoordinationFramework,
  actors: ActorDirectory,
  current: (id: string) => Promise<ConflictSnapshot | undefined>,
): ChangeListener {
  return async events => {
    for (const event of events) {
      const title = TITLES[event.type];
      if (!title) continue;
      const conflict =
        event.type === 'conflict.breach_reminder' ? await current(event.subject.id) : (event.after as ConflictSnapshot);
      if (!conflict) continue;
      const recipients = recipientsOf(framework, actors, conflict);
      if (recipients.length === 0) continue;
      const authority = authorityAt(framework, conflict, conflict.level);
      let severity: 'normal' | 'high' | 'critical' = conflict.breachedAt ? 'critical' : 'high';
      if (event.type === 'conflict.resolved') severity = 'normal';
      await notifications.send({
        recipients: { type: 'entity', entityRef: recipients },
        payload: {
          title: title(conflict, authority.name),
          description: event.reason ?? undefined,
          link: `/agent-coordination/conflicts/${conflict.id}`,
          severity,
          topic: 'agent-coordination:conflicts',
          scope: `conflict:${conflict.id}`,
        },
      });
    }
  };
}
