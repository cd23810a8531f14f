import type { Message, MessageSnapshot, SendMessageRequest } from '../api';
import type { CoordinationFramework } from '../framework/types';
import { normalizeRepoPath } from '../ownership/lookupOwnership';
import { allow, refuse, type Decision } from '../refusal';
import { parseDuration } from '../rules/duration';
import { readOnlyMessage, type TaskActor } from '../tasks/taskRoles';
import type { MessageReceipt } from './messageEvents';
import { isBroadcast, isRecipient, mayReadMessage } from './messageRules';

type Framework = Pick<
  CoordinationFramework,
  'agents' | 'authorityLevels' | 'messageSchema'
>;

function list(items: readonly string[]): string {
  return items.length > 0 ? items.join(', ') : 'none';
}

function oneOf(
  field: string,
  value: string,
  allowed: readonly string[],
  what: string,
  whats = `${what}s`,
): string | undefined {
  if (allowed.includes(value)) return undefined;
  return `${field}: unknown ${what} '${value}'; the framework's ${whats} are ${list(
    allowed,
  )}`;
}

/** The refusal of a caller that may not send: mapped to no agent, or the plugin itself. */
function readOnly(actor: TaskActor) {
  return refuse(
    'not_permitted',
    'read_only_caller',
    readOnlyMessage(actor.principal),
  );
}

/**
 * The framework's checks of query filters naming agents, priorities and
 * types: an unknown one is a 400 naming what the framework has, rather than
 * an empty page.
 * @public
 */
export function checkMessageFilters(
  framework: Framework,
  query: { to?: string; from?: string; type?: string; priority?: string },
): Decision<void> {
  const agents = framework.agents.map(a => a.key);
  const problems: string[] = [];
  const broadcast = framework.messageSchema.broadcastRecipient;
  if (
    query.to !== undefined &&
    query.to !== broadcast &&
    !agents.includes(query.to)
  ) {
    problems.push(
      `to: unknown agent '${query.to}'; the framework's agents are ${list(
        agents,
      )}, or ${broadcast} for broadcasts`,
    );
  }
  if (query.from !== undefined) {
    const p = oneOf('from', query.from, agents, 'agent');
    if (p) problems.push(p);
  }
  if (query.type !== undefined) {
    const p = oneOf(
      'type',
      query.type,
      framework.messageSchema.types,
      'message type',
    );
    if (p) problems.push(p);
  }
  if (query.priority !== undefined) {
    const p = oneOf(
      'priority',
      query.priority,
      framework.messageSchema.priorities,
      'message priority',
      'message priorities',
    );
    if (p) problems.push(p);
  }
  if (problems.length > 0)
    return refuse(
      'invalid_input',
      'invalid_input',
      `Invalid request query: ${problems.join('; ')}`,
    );
  return allow(undefined);
}

/**
 * A new message (§3.2) from the caller's agent, checked against the
 * framework: an agent sends as itself only; `to` is an agent (not itself) or
 * ALL; priority, type, artifact types and dependency statuses are the
 * framework's; a RESPONSE names in `correlationId` the REQUEST it answers
 * (`correlated`, read by the caller), goes to that request's sender and
 * stays in its thread, and its sender must be a recipient of the request.
 * A REQUEST's correlation id is its own id, and it is due a RESPONSE within
 * messageSchema.responseSla.
 * @public
 */
export function planSendMessage(
  framework: Framework,
  actor: TaskActor,
  input: SendMessageRequest,
  context: { id: string; now: Date; correlated: MessageSnapshot | undefined },
): Decision<MessageSnapshot> {
  if (actor.system || !actor.agent) return readOnly(actor);
  const self = actor.agent.key;
  if (input.from !== undefined && input.from !== self) {
    return refuse(
      'not_permitted',
      'send_as_other_agent',
      `${actor.principal} acts as ${self} and may send as ${self} only, not as '${input.from}'`,
    );
  }
  const schema = framework.messageSchema;
  const agents = framework.agents.map(a => a.key);
  const problems: string[] = [];
  let rule = 'invalid_input';
  if (input.to === self) {
    problems.push(`to: ${self} cannot message itself`);
  } else if (
    input.to !== schema.broadcastRecipient &&
    !agents.includes(input.to)
  ) {
    problems.push(
      `to: unknown agent '${input.to}'; the framework's agents are ${list(
        agents,
      )}, or ${schema.broadcastRecipient} for every agent`,
    );
  }
  for (const p of [
    oneOf(
      'priority',
      input.priority,
      schema.priorities,
      'message priority',
      'message priorities',
    ),
    oneOf('type', input.type, schema.types, 'message type'),
  ]) {
    if (p) problems.push(p);
  }
  const subject = input.subject.trim();
  if (!subject) problems.push('subject: must not be empty');
  const artifacts = (input.artifacts ?? []).map((a, i) => {
    const path = normalizeRepoPath(a.path, `artifacts[${i}].path`);
    if (!path.ok) problems.push(path.refusal.message);
    const p = oneOf(
      `artifacts[${i}].type`,
      a.type,
      schema.artifactTypes,
      'artifact type',
    );
    if (p) problems.push(p);
    return { path: path.ok ? path.value : a.path, type: a.type };
  });
  const dependencies = (input.dependencies ?? []).map((d, i) => {
    for (const p of [
      oneOf(`dependencies[${i}].agent`, d.agent, agents, 'agent'),
      oneOf(
        `dependencies[${i}].status`,
        d.status,
        schema.dependencyStatuses,
        'dependency status',
        'dependency statuses',
      ),
    ]) {
      if (p) problems.push(p);
    }
    const artifact = d.artifact.trim();
    if (!artifact)
      problems.push(`dependencies[${i}].artifact: must not be empty`);
    return { agent: d.agent, artifact, status: d.status };
  });

  const correlated =
    context.correlated && mayReadMessage(framework, actor, context.correlated)
      ? context.correlated
      : undefined;
  let correlationId: string | null = input.correlationId ?? null;
  let threadId = input.threadId ?? context.id;
  if (input.type === 'REQUEST') {
    if (input.correlationId !== undefined) {
      problems.push(
        "correlationId: a REQUEST's correlation id is its own id; leave it out (a RESPONSE names it)",
      );
    }
    correlationId = context.id;
  } else if (input.type === 'RESPONSE') {
    if (input.correlationId === undefined) {
      problems.push(
        'correlationId: required for a RESPONSE: the id of the REQUEST it answers',
      );
    } else if (!correlated || correlated.type !== 'REQUEST') {
      rule = 'no_such_request';
      problems.push(
        `correlationId: '${input.correlationId}' names no REQUEST${
          correlated ? ` (it is a ${correlated.type})` : ''
        }; a RESPONSE answers a REQUEST by its id`,
      );
    } else {
      if (input.to !== correlated.from) {
        problems.push(
          `to: a RESPONSE goes to the sender of the REQUEST it answers (${correlated.from}), not '${input.to}'`,
        );
      }
      if (
        input.threadId !== undefined &&
        input.threadId !== correlated.threadId
      ) {
        problems.push(
          `threadId: a RESPONSE stays in its REQUEST's thread '${correlated.threadId}'`,
        );
      }
      threadId = correlated.threadId;
    }
  } else if (input.correlationId !== undefined && !correlated) {
    problems.push(
      `correlationId: '${input.correlationId}' names no message you may read`,
    );
  }
  if (problems.length > 0) {
    return refuse(
      'invalid_input',
      rule,
      `Invalid request body: ${problems.join('; ')}`,
    );
  }
  if (
    input.type === 'RESPONSE' &&
    correlated &&
    !isRecipient(framework, self, correlated)
  ) {
    return refuse(
      'not_permitted',
      'not_a_recipient',
      `${self} may not answer REQUEST ${correlated.id}: it was sent by ${correlated.from} to ${correlated.to}, and only a recipient answers it`,
    );
  }
  const now = context.now.toISOString();
  return allow({
    id: context.id,
    from: self,
    to: input.to,
    priority: input.priority,
    type: input.type,
    subject,
    content: input.content ?? '',
    artifacts,
    dependencies,
    correlationId,
    threadId,
    tags: [...new Set(input.tags ?? [])],
    sentAt: now,
    responseDueAt:
      input.type === 'REQUEST'
        ? new Date(
            context.now.getTime() + parseDuration(schema.responseSla),
          ).toISOString()
        : null,
    answeredAt: null,
    answeredBy: null,
    overdueAt: null,
    version: 1,
    createdBy: actor.principal,
  });
}

/** The REQUEST `request` once `response` answered it, or null when an earlier RESPONSE already did. @public */
export function planAnswer(
  request: MessageSnapshot,
  response: MessageSnapshot,
): MessageSnapshot | null {
  if (request.answeredAt !== null) return null;
  return {
    ...request,
    answeredAt: response.sentAt,
    answeredBy: response.id,
    version: request.version + 1,
  };
}

/** A REQUEST flagged overdue at `now`, or null when it is answered, already flagged, or not yet due. @public */
export function planOverdue(
  request: MessageSnapshot,
  now: Date,
): MessageSnapshot | null {
  if (
    request.type !== 'REQUEST' ||
    request.answeredAt !== null ||
    request.overdueAt !== null
  )
    return null;
  if (
    request.responseDueAt === null ||
    Date.parse(request.responseDueAt) > now.getTime()
  )
    return null;
  return {
    ...request,
    overdueAt: now.toISOString(),
    version: request.version + 1,
  };
}

/**
 * Whether a message is a REQUEST still waiting for its RESPONSE past its due
 * time: flagged by the sweep, or due by `now` (the sweep runs every minute).
 * @public
 */
export function isOverdue(
  message: Pick<
    MessageSnapshot,
    'type' | 'answeredAt' | 'responseDueAt' | 'overdueAt'
  >,
  now: Date,
): boolean {
  if (message.type !== 'REQUEST' || message.answeredAt !== null) return false;
  if (message.overdueAt !== null) return true;
  return (
    message.responseDueAt !== null &&
    Date.parse(message.responseDueAt) <= now.getTime()
  );
}

/**
 * A recipient agent reading a message: its receipt, or null when it had
 * read it already (nothing changes). Read state is kept per recipient agent,
 * so only a recipient marks a message read.
 * @public
 */
export function planMarkRead(
  framework: Framework,
  actor: TaskActor,
  message: MessageSnapshot,
  context: { now: Date; readBefore: boolean },
): Decision<MessageReceipt | null> {
  if (actor.system || !actor.agent) return readOnly(actor);
  const agent = actor.agent.key;
  if (!isRecipient(framework, agent, message)) {
    const to = isBroadcast(framework, message)
      ? `every agent but ${message.from}`
      : message.to;
    return refuse(
      'not_permitted',
      'not_a_recipient',
      `${agent} is not a recipient of message ${message.id} (from ${message.from} to ${to}): read state is kept per recipient agent`,
    );
  }
  if (context.readBefore) return allow(null);
  return allow({ agent, readAt: context.now.toISOString() });
}

/** A message as served: its read state for the reader, and whether it is overdue now. @public */
export function describeMessage(
  message: MessageSnapshot,
  readAt: string | null,
  now: Date,
): Message {
  return { ...message, readAt, overdue: isOverdue(message, now) };
}
