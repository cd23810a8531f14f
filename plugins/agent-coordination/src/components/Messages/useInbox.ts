import { useCallback, useRef } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type {
  Inbox,
  Message,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import type { InboxFilters } from './inboxFilters';

/** One page of an agent's inbox, and its counts (of the whole inbox, whatever the filters). */
export interface InboxPage {
  counts: Pick<Inbox, 'agent' | 'total' | 'unread' | 'unreadByPriority'>;
  items: Message[];
  nextCursor: string | null;
}

export const INBOX_PAGE_SIZE = 25;

/**
 * An agent's inbox, newest first, one page at a time. The inbox endpoint
 * has no overdue filter; with it set, the page comes from GET /messages
 * (`to` the agent, which reads the agent's read state) and the counts from
 * the inbox.
 */
export function useInbox(
  agent: string | undefined,
  filters: InboxFilters,
  cursor: string | undefined,
  limit = INBOX_PAGE_SIZE,
) {
  const api = useApi(agentCoordinationApiRef);
  const { type, priority, unread, overdue } = filters;
  const state = useAsyncRetry(async (): Promise<InboxPage | undefined> => {
    if (!agent) return undefined;
    if (overdue) {
      const [inbox, page] = await Promise.all([
        api.getInbox(agent, { limit: 1 }),
        api.listMessages({
          to: agent,
          type,
          priority,
          unread,
          overdue: true,
          cursor,
          limit,
        }),
      ]);
      return { counts: inbox, items: page.items, nextCursor: page.nextCursor };
    }
    const inbox = await api.getInbox(agent, {
      type,
      priority,
      unread,
      cursor,
      limit,
    });
    return { counts: inbox, items: inbox.items, nextCursor: inbox.nextCursor };
  }, [api, agent, type, priority, unread, overdue, cursor, limit]);
  return state;
}

/** An agent's unread count, or why it cannot be read. */
export interface InboxCount {
  unread?: number;
  total?: number;
  error?: unknown;
}

const isRefusal = (error: unknown) =>
  ResponseError.is(error) &&
  (error.statusCode === 403 || error.statusCode === 404);

/**
 * The unread counts of every inbox the backend lets the user read: each
 * agent's inbox is asked once, those refused (403: only the agent itself and
 * the context manager read an inbox) are left out and not asked again, but
 * the user's own agent always stays, with its error if it has one.
 */
export function useInboxCounts(agents: string[] | undefined, self?: string) {
  const api = useApi(agentCoordinationApiRef);
  const refused = useRef(new Set<string>());
  const key = agents?.join(',');
  const state = useAsyncRetry(async () => {
    const counts = new Map<string, InboxCount>();
    if (!agents) return counts;
    const asked = agents.filter(a => !refused.current.has(a));
    const answers = await Promise.allSettled(
      asked.map(a => api.getInbox(a, { limit: 1 })),
    );
    answers.forEach((answer, i) => {
      const agent = asked[i];
      if (answer.status === 'fulfilled') {
        counts.set(agent, {
          unread: answer.value.unread,
          total: answer.value.total,
        });
      } else if (isRefusal(answer.reason) && agent !== self) {
        refused.current.add(agent);
      } else {
        counts.set(agent, { error: answer.reason });
      }
    });
    return counts;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, self]);
  const { retry } = state;
  const refresh = useCallback(() => retry(), [retry]);
  return { ...state, refresh };
}
