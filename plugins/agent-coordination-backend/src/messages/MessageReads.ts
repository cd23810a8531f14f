import {
  agentCoordinationMessageReadPermission,
  checkMessageFilters,
  describeMessage,
  mayReadInbox,
  mayReadMessage,
  messageReadScope,
  type CoordinationFramework,
  type Inbox,
  type InboxQuery,
  type ListMessagesQuery,
  type Message,
  type MessagePage,
  type MessageSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { Actor } from '../platform/actors';
import { refused, RefusalError } from '../platform/changes/errors';
import { decodeCursor, encodeCursor } from '../platform/http/cursor';
import { requireMessage } from './commands/context';
import type { MessagePermissions } from './permissions/messagePermissions';
import {
  countInbox,
  listMessages,
  type MessageFilter,
  type MessageVisibility,
} from './store/listMessages';
import { readTimes } from './store/reads';

const isKey = (v: unknown[]): v is [string, string] =>
  v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/**
 * The read side of messages, for the routes and the actions alike: what a
 * caller may read is the permission policy's say (as SQL) and then the
 * framework's rule (messageReadScope: an agent its inbox, what it sent and
 * broadcasts; the context manager all; anyone else broadcasts).
 */
export class MessageReads {
  constructor(
    private readonly options: {
      db: Knex;
      framework: CoordinationFramework;
      permissions: MessagePermissions;
      now: () => Date;
    },
  ) {}

  private get broadcast(): string {
    return this.options.framework.messageSchema.broadcastRecipient;
  }

  /** What `actor` may read, for lists (403 when the policy allows it none) or, lenient, for the event log. */
  async visibility(actor: Actor, forList = true): Promise<MessageVisibility> {
    const { permissions, framework } = this.options;
    const permission = forList
      ? await permissions.listFilter(
          actor,
          agentCoordinationMessageReadPermission,
        )
      : await permissions.conditions(
          actor,
          agentCoordinationMessageReadPermission,
        );
    return {
      broadcast: this.broadcast,
      scope: messageReadScope(framework, actor),
      permission,
    };
  }

  /** GET /messages/{id}: with the caller's agent's read time. */
  async get(actor: Actor, id: string): Promise<Message> {
    const { db, framework, permissions } = this.options;
    await permissions.authorizeResource(
      actor,
      agentCoordinationMessageReadPermission,
      id,
    );
    const message = await requireMessage(db, id);
    if (!mayReadMessage(framework, actor, message)) {
      throw new RefusalError({
        code: 'not_permitted',
        rule: 'message_not_visible',
        message: `${
          actor.agent?.key ?? actor.principal
        } may not read message ${id}: an agent reads its inbox, what it sent and messages to ${
          this.broadcast
        }; the context manager reads all`,
      });
    }
    return (await this.describe(actor.agent?.key, [message]))[0];
  }

  /** GET /messages: newest first, a page at a time. */
  async list(actor: Actor, q: ListMessagesQuery): Promise<MessagePage> {
    const checked = checkMessageFilters(this.options.framework, q);
    if (!checked.ok) throw refused(checked.refusal);
    const inboxOf =
      q.to !== undefined && q.to !== this.broadcast ? q.to : undefined;
    const reader = inboxOf ?? actor.agent?.key;
    if (q.unread !== undefined && !reader) {
      throw new RefusalError({
        code: 'invalid_input',
        rule: 'invalid_input',
        message: `Invalid request query: unread: read state is per agent; name the agent in 'to' (${actor.principal} acts as no agent)`,
      });
    }
    const filter: MessageFilter = {
      inboxOf,
      broadcastsOnly: q.to === this.broadcast,
      from: q.from,
      type: q.type,
      priority: q.priority,
      thread: q.thread,
      unread: q.unread,
      reader,
      overdue: q.overdue,
      now: this.options.now(),
    };
    return this.page(
      await this.visibility(actor),
      filter,
      reader,
      q.cursor,
      q.limit,
    );
  }

  /** GET /agents/{key}/inbox: the agent itself or the context manager. */
  async inbox(actor: Actor, agent: string, q: InboxQuery): Promise<Inbox> {
    const { db, framework } = this.options;
    if (!framework.agents.some(a => a.key === agent)) {
      throw new RefusalError({
        code: 'not_found',
        rule: 'no_such_agent',
        message: `No framework agent '${agent}'`,
      });
    }
    if (!mayReadInbox(framework, actor, agent)) {
      throw new RefusalError({
        code: 'not_permitted',
        rule: 'inbox_not_permitted',
        message: `${
          actor.agent?.key ?? actor.principal
        } may not read ${agent}'s inbox: an agent reads its own, the context manager every one`,
      });
    }
    const checked = checkMessageFilters(framework, {
      type: q.type,
      priority: q.priority,
    });
    if (!checked.ok) throw refused(checked.refusal);
    const visibility = await this.visibility(actor);
    const now = this.options.now();
    const [page, counts] = await Promise.all([
      this.page(
        visibility,
        {
          inboxOf: agent,
          type: q.type,
          priority: q.priority,
          unread: q.unread,
          reader: agent,
          now,
        },
        agent,
        q.cursor,
        q.limit,
      ),
      countInbox(db, agent, visibility, now),
    ]);
    const unreadByPriority = Object.fromEntries(
      framework.messageSchema.priorities.map(p => [
        p,
        counts.unreadByPriority.get(p) ?? 0,
      ]),
    );
    return {
      agent,
      total: counts.total,
      unread: [...counts.unreadByPriority.values()].reduce((a, b) => a + b, 0),
      unreadByPriority,
      ...page,
    };
  }

  private async page(
    visibility: MessageVisibility,
    filter: MessageFilter,
    reader: string | undefined,
    cursor: string | undefined,
    limit: number | undefined,
  ): Promise<MessagePage> {
    const after =
      cursor === undefined ? undefined : decodeCursor(cursor, isKey);
    const page = await listMessages(
      this.options.db,
      filter,
      visibility,
      after && { sentAt: after[0], id: after[1] },
      limit ?? 50,
    );
    return {
      items: await this.describe(reader, page.items),
      nextCursor:
        page.more && page.last
          ? encodeCursor([page.last.sentAt, page.last.id])
          : null,
    };
  }

  /** Messages as served, with `reader`'s read times. */
  private async describe(
    reader: string | undefined,
    messages: MessageSnapshot[],
  ): Promise<Message[]> {
    const times = reader
      ? await readTimes(
          this.options.db,
          reader,
          messages.map(m => m.id),
        )
      : new Map<string, string>();
    const now = this.options.now();
    return messages.map(m => describeMessage(m, times.get(m.id) ?? null, now));
  }
}
