import type { MessageSnapshot } from '../api';
import type { CoordinationFramework } from '../framework/types';
import type { TaskActor } from '../tasks/taskRoles';

type Framework = Pick<
  CoordinationFramework,
  'agents' | 'authorityLevels' | 'messageSchema'
>;

/** Whether `actor` is the context manager: its agent holds the framework's highest authority level. @public */
export function isContextManager(
  framework: Pick<CoordinationFramework, 'authorityLevels'>,
  actor: TaskActor,
): boolean {
  return (
    actor.agent !== null &&
    actor.agent.authority === framework.authorityLevels[0]?.id
  );
}

/** Whether a message is to the broadcast recipient (ALL). @public */
export function isBroadcast(
  framework: Pick<CoordinationFramework, 'messageSchema'>,
  message: Pick<MessageSnapshot, 'to'>,
) {
  return message.to === framework.messageSchema.broadcastRecipient;
}

/**
 * The agents a message reaches: its `to` agent, or for a broadcast every
 * agent but the sender (as the framework's `all_agents` group is every agent
 * but the one referring to it).
 * @public
 */
export function recipientsOf(
  framework: Framework,
  message: Pick<MessageSnapshot, 'from' | 'to'>,
): string[] {
  if (isBroadcast(framework, message))
    return framework.agents.map(a => a.key).filter(k => k !== message.from);
  return [message.to];
}

/** Whether `agent` is among the recipients of `message`. @public */
export function isRecipient(
  framework: Framework,
  agent: string,
  message: Pick<MessageSnapshot, 'from' | 'to'>,
): boolean {
  return isBroadcast(framework, message)
    ? agent !== message.from
    : message.to === agent;
}

/**
 * Which messages a caller may read by the framework's rule, whatever the
 * permission policy adds on top: the context manager all of them; an agent
 * its inbox (to it, and broadcasts), and what it sent; a caller mapped to no
 * agent, or the plugin, only broadcasts (DECISION: an inbox is private to its
 * agent and the coordinator; a broadcast is everyone's).
 * @public
 */
export type MessageReadScope =
  | { kind: 'all' }
  | { kind: 'agent'; agent: string }
  | { kind: 'broadcasts' };

/** @public */
export function messageReadScope(
  framework: Framework,
  actor: TaskActor,
): MessageReadScope {
  if (isContextManager(framework, actor)) return { kind: 'all' };
  if (actor.agent) return { kind: 'agent', agent: actor.agent.key };
  return { kind: 'broadcasts' };
}

/** Whether `actor` may read `message` by the framework's rule. @public */
export function mayReadMessage(
  framework: Framework,
  actor: TaskActor,
  message: Pick<MessageSnapshot, 'from' | 'to'>,
): boolean {
  const scope = messageReadScope(framework, actor);
  if (scope.kind === 'all') return true;
  if (isBroadcast(framework, message)) return true;
  return (
    scope.kind === 'agent' &&
    (message.from === scope.agent || message.to === scope.agent)
  );
}

/** Whether `actor` may read `agent`'s inbox: the agent itself and the context manager. @public */
export function mayReadInbox(
  framework: Framework,
  actor: TaskActor,
  agent: string,
): boolean {
  return isContextManager(framework, actor) || actor.agent?.key === agent;
}
