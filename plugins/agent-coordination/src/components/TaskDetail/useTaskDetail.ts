import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  AllowedTransitions,
  CoordinationEvent,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef, type AgentCoordinationApi } from '../../api';
import { useTaskSignals } from '../TaskShared';

// A task's history is read whole, a page at a time; past this, the oldest
// events are left out (the event log keeps them).
const MAX_EVENTS = 2000;

const SIGNAL_DEBOUNCE_MS = 150;

async function loadEvents(
  api: AgentCoordinationApi,
  id: string,
): Promise<CoordinationEvent[]> {
  const events: CoordinationEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.getTaskEvents(id, cursor);
    events.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && events.length < MAX_EVENTS);
  // The API answers oldest first; the timeline reads newest first.
  return events.reverse();
}

type Part = 'task' | 'allowed' | 'events';

interface Loaded<T> {
  value?: T;
  error?: unknown;
}

export interface TaskDetailData {
  task: Loaded<Task>;
  allowed: Loaded<AllowedTransitions>;
  events: Loaded<CoordinationEvent[]>;
  /** Bumped when a dependency of the task changed, to refetch what is shown of it. */
  dependenciesChanged: number;
  /** A change's answer: newer than what is shown, so shown at once. */
  accept(task: Task): void;
  refresh(parts?: Part[]): void;
}

/**
 * One task with what the user may do with it and its history, refetched
 * when its signal says it changed (another user, an agent, the system's
 * auto-block) and when one of its dependencies did (its blockedBy, and so
 * the transitions offered, move with them).
 */
export function useTaskDetail(taskId: string): TaskDetailData {
  const api = useApi(agentCoordinationApiRef);
  const [task, setTask] = useState<Loaded<Task>>({});
  const [allowed, setAllowed] = useState<Loaded<AllowedTransitions>>({});
  const [events, setEvents] = useState<Loaded<CoordinationEvent[]>>({});
  const [dependenciesChanged, setDependenciesChanged] = useState(0);
  const taskRef = useRef<Task>();
  taskRef.current = task.value;

  // Answers can arrive out of order: only the latest request of a part counts.
  const requests = useRef({ task: 0, allowed: 0, events: 0 });

  const refresh = useCallback(
    (parts: Part[] = ['task', 'allowed', 'events']) => {
      const fetch = <T>(
        part: Part,
        load: () => Promise<T>,
        set: (v: Loaded<T>) => void,
      ) => {
        const n = ++requests.current[part];
        load().then(
          value => n === requests.current[part] && set({ value }),
          error => n === requests.current[part] && set({ error }),
        );
      };
      if (parts.includes('task')) {
        fetch(
          'task',
          () => api.getTask(taskId),
          v =>
            setTask(prev =>
              // A change's own answer may already be newer than this read.
              v.value && prev.value && prev.value.version > v.value.version
                ? prev
                : v,
            ),
        );
      }
      if (parts.includes('allowed')) {
        fetch('allowed', () => api.getTaskTransitions(taskId), setAllowed);
      }
      if (parts.includes('events')) {
        fetch('events', () => loadEvents(api, taskId), setEvents);
      }
    },
    [api, taskId],
  );

  useEffect(() => {
    setTask({});
    setAllowed({});
    setEvents({});
    refresh();
  }, [refresh]);

  const accept = useCallback((next: Task) => {
    ++requests.current.task;
    setTask(prev =>
      prev.value && prev.value.version > next.version ? prev : { value: next },
    );
  }, []);

  const pending = useRef<{ own: boolean; dependency: boolean }>({
    own: false,
    dependency: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useTaskSignals(signal => {
    const current = taskRef.current;
    if (signal.taskId === taskId) {
      // Its own change, already shown, needs no refetch; an alert (no
      // version) only adds to the history.
      if (signal.version === null) {
        refresh(['events']);
        return;
      }
      if (current && current.version >= signal.version) return;
      pending.current.own = true;
    } else if (current?.dependencies.some(d => d.taskId === signal.taskId)) {
      pending.current.dependency = true;
    } else {
      return;
    }
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      const { own, dependency } = pending.current;
      pending.current = { own: false, dependency: false };
      if (own) refresh();
      else if (dependency) refresh(['task', 'allowed']);
      if (dependency) setDependenciesChanged(n => n + 1);
    }, SIGNAL_DEBOUNCE_MS);
  });

  return { task, allowed, events, dependenciesChanged, accept, refresh };
}
