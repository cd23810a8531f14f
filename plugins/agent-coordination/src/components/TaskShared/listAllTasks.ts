import type {
  ListTasksQuery,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentCoordinationApi } from '../../api';

/** The largest page the API serves. */
const PAGE = 200;

/**
 * Every task matching `query`, following nextCursor, up to `cap` tasks.
 * `truncated` says that more exist than were read.
 */
export async function listAllTasks(
  api: AgentCoordinationApi,
  query: Omit<ListTasksQuery, 'cursor' | 'limit'>,
  cap: number,
  signal?: { cancelled: boolean },
): Promise<{ tasks: Task[]; truncated: boolean }> {
  const tasks: Task[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await api.listTasks({
      ...query,
      cursor,
      limit: Math.min(PAGE, cap - tasks.length),
    });
    if (signal?.cancelled) return { tasks, truncated: false };
    tasks.push(...page.items);
    if (!page.nextCursor) return { tasks, truncated: false };
    if (tasks.length >= cap) return { tasks, truncated: true };
    cursor = page.nextCursor;
  }
}
