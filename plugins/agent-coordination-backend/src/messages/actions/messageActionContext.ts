import type {
  CoordinationFramework,
  Message,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Actor } from '../../platform/actors';
import type { MessageChanges } from '../MessageChanges';
import type { MessageReads } from '../MessageReads';
import type { MessagePermissions } from '../permissions/messagePermissions';

/** What the message actions get: the same changes, reads and permissions as the routes, the caller from the action's credentials. */
export interface MessageActionContext {
  framework: CoordinationFramework;
  changes: MessageChanges;
  reads: MessageReads;
  permissions: MessagePermissions;
  actorFor: (credentials: BackstageCredentials) => Actor;
}

/**
 * Text as the REST API takes it: at most `max` characters and no NUL
 * characters (the HTTP router refuses those before a route runs; an action
 * is called past it, and PostgreSQL cannot store them).
 */
export const text = (z: any, max: number, min = 0) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s: string) => !s.includes('\u0000'), {
      message: 'must not contain NUL (\\u0000) characters',
    });

/** The output of an action about one message: what an agent needs to read and answer it. */
export const messageOutput = (z: any) =>
  z.object({
    id: z.string(),
    from: z.string(),
    to: z.string(),
    priority: z.string(),
    type: z.string(),
    subject: z.string(),
    content: z.string(),
    artifacts: z.array(z.object({ path: z.string(), type: z.string() })),
    dependencies: z.array(
      z.object({ agent: z.string(), artifact: z.string(), status: z.string() }),
    ),
    correlationId: z
      .string()
      .nullable()
      .describe('Answer a REQUEST with a RESPONSE carrying this id'),
    threadId: z.string(),
    tags: z.array(z.string()),
    sentAt: z.string(),
    responseDueAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    overdue: z.boolean(),
    readAt: z
      .string()
      .nullable()
      .describe('When the reader read it; null: unread'),
  });

export function toOutput(m: Message) {
  return {
    id: m.id,
    from: m.from,
    to: m.to,
    priority: m.priority,
    type: m.type,
    subject: m.subject,
    content: m.content,
    artifacts: m.artifacts,
    dependencies: m.dependencies,
    correlationId: m.correlationId,
    threadId: m.threadId,
    tags: m.tags,
    sentAt: m.sentAt,
    responseDueAt: m.responseDueAt,
    answeredAt: m.answeredAt,
    overdue: m.overdue,
    readAt: m.readAt,
  };
}
