import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  ListTasksQuery,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import {
  isGone,
  listAllTasks,
  useTaskSignals,
  type TaskSignal,
} from '../TaskShared';
import { queryKey } from './boardFilters';

/** How many tasks a board reads at most; past it, the user narrows the filters. */
export const BOARD_CAP = 1000;

// Signals arrive in bursts (a completion and its auto-unblocks, a bulk
// import): one round of refetches per burst.
const SIGNAL_DEBOUNCE_MS = 200;

// More changed tasks than this in one burst are cheaper to read as one list
// than one by one.
const MAX_SINGLE_FETCHES = 25;

export interface TaskBoardState {
  tasks: Task[];
  loading: boolean;
  error?: unknown;
  /** More tasks match than the board read. */
  truncated: boolean;
  /** A change the user made here (or got back from the API): show it now. */
  noteChanged(task: Task, options?: { fieldsChanged?: boolean }): void;
  reload(): void;
}

function upsertAll(tasks: Task[], changed: Task[], gone: string[]): Task[] {
  if (changed.length === 0 && gone.length === 0) return tasks;
  const byId = new Map(changed.map(t => [t.id, t]));
  const removed = new Set(gone);
  const next: Task[] = [];
  for (const task of tasks) {
    if (removed.has(task.id)) continue;
    const update = byId.get(task.id);
    // An answer can overtake a newer one; keep the newest version.
    if (update && update.version >= task.version) {
      next.push(update);
    } else {
      next.push(task);
    }
    byId.delete(task.id);
  }
  // New tasks go last: the list is in creation order.
  next.push(...byId.values());
  return next;
}

/**
 * The tasks of a board: every task matching the server-side filters (up to
 * BOARD_CAP), kept current by the task signals. A signal names a task and
 * its new version; the board refetches that task only when it holds an
 * older one, and refetches the tasks on the board that depend on it (their
 * blockedBy changes with it, without a signal of their own). A change that
 * may move a task in or out of the filters reloads the list instead, since
 * only the server says what matches.
 */
export function useTaskBoard(
  query: Omit<ListTasksQuery, 'cursor' | 'limit'>,
  filtered: boolean,
): TaskBoardState {
  const api = useApi(agentCoordinationApiRef);
  const key = queryKey(query);
  const [state, setState] = useState<{
    key?: string;
    tasks: Task[];
    truncated: boolean;
    error?: unknown;
  }>({ tasks: [], truncated: false });
  const [generation, setGeneration] = useState(0);

  const tasksRef = useRef<Task[]>(state.tasks);
  tasksRef.current = state.tasks;
  const queryRef = useRef(query);
  queryRef.current = query;
  const filteredRef = useRef(filtered);
  filteredRef.current = filtered;

  // The list load: on a new query (showing progress) and on reloads (silent).
  const loadCount = useRef(0);
  const silentReload = useCallback(() => {
    const load = ++loadCount.current;
    listAllTasks(api, queryRef.current, BOARD_CAP).then(
      ({ tasks, truncated }) => {
        if (load !== loadCount.current) return;
        setState(s => ({ ...s, tasks, truncated, error: undefined }));
      },
      () => {
        // Keep what is shown; the next signal or reload tries again.
      },
    );
  }, [api]);

  useEffect(() => {
    const load = ++loadCount.current;
    setState(s => ({ ...s, key: undefined, error: undefined }));
    listAllTasks(api, queryRef.current, BOARD_CAP).then(
      ({ tasks, truncated }) => {
        if (load !== loadCount.current) return;
        setState({ key, tasks, truncated });
      },
      error => {
        if (load !== loadCount.current) return;
        setState({ key, tasks: [], truncated: false, error });
      },
    );
  }, [api, key, generation]);

  const apply = useCallback((changed: Task[], gone: string[] = []) => {
    setState(s => ({ ...s, tasks: upsertAll(s.tasks, changed, gone) }));
  }, []);

  const refetch = useCallback(
    (ids: string[]) => {
      Promise.all(
        ids.map(id =>
          api.getTask(id).then(
            task => ({ task }),
            error => ({ gone: isGone(error) ? id : undefined }),
          ),
        ),
      ).then(results => {
        const changed = results.flatMap(r => ('task' in r ? [r.task] : []));
        const gone = results.flatMap(r =>
          'gone' in r && r.gone ? [r.gone] : [],
        );
        apply(changed, gone);
      });
    },
    [api, apply],
  );

  const pending = useRef(new Map<string, TaskSignal>());
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const flush = useCallback(() => {
    timer.current = undefined;
    const signals = [...pending.current.values()];
    pending.current.clear();
    const tasks = new Map(tasksRef.current.map(t => [t.id, t]));
    const ids = new Set<string>();
    let reloadList = false;
    for (const signal of signals) {
      const known = tasks.get(signal.taskId);
      const newer =
        !known || signal.version === null || known.version < signal.version;
      if (newer) {
        if (!known && filteredRef.current) reloadList = true;
        else if (known && filteredRef.current && signal.type === 'task.updated')
          reloadList = true;
        else ids.add(signal.taskId);
      }
      for (const task of tasks.values()) {
        if (task.dependencies.some(d => d.taskId === signal.taskId)) {
          ids.add(task.id);
        }
      }
    }
    if (reloadList || ids.size > MAX_SINGLE_FETCHES) silentReload();
    else if (ids.size > 0) refetch([...ids]);
  }, [refetch, silentReload]);

  useTaskSignals(signal => {
    // Alerts (an overdue or failed dependency) change no task.
    if (signal.version === null) return;
    const seen = pending.current.get(signal.taskId);
    if (!seen || (seen.version ?? 0) <= signal.version) {
      pending.current.set(signal.taskId, signal);
    }
    if (!timer.current) timer.current = setTimeout(flush, SIGNAL_DEBOUNCE_MS);
  });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const noteChanged = useCallback(
    (task: Task, options: { fieldsChanged?: boolean } = {}) => {
      if (filteredRef.current && options.fieldsChanged) {
        apply([task]);
        silentReload();
        return;
      }
      apply([task]);
      // Its dependents' blockedBy may have changed with it.
      const dependents = tasksRef.current
        .filter(t => t.dependencies.some(d => d.taskId === task.id))
        .map(t => t.id);
      if (dependents.length) refetch(dependents);
    },
    [apply, refetch, silentReload],
  );

  const reload = useCallback(() => setGeneration(g => g + 1), []);

  return {
    tasks: state.key === key ? state.tasks : [],
    loading: state.key !== key,
    error: state.key === key ? state.error : undefined,
    truncated: state.key === key && state.truncated,
    noteChanged,
    reload,
  };
}
