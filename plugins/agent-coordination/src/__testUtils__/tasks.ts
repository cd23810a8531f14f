import { ResponseError } from '@backstage/errors';
import type { SignalApi } from '@backstage/plugin-signals-react';
import type {
  AllowedTransitions,
  CoordinationEvent,
  CoordinationFramework,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import { loadSeedFramework } from './framework';

/*
 * Tasks as the backend serves them, and the answers around them (allowed
 * transitions, events, refusals, signals), for the task board's tests.
 */

let counter = 0;

/** A task id that reads as one (a UUID's shape) and is unique per test run. */
export function taskId(n?: number): string {
  const k = n ?? ++counter;
  return `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`;
}

export function exampleTask(overrides: Partial<Task> = {}): Task {
  const id = overrides.id ?? taskId();
  return {
    id,
    title: `Task ${id.slice(-4)}`,
    description: null,
    kind: 'general',
    component: null,
    assignee: null,
    priority: 'P2',
    estimate: null,
    dueDate: null,
    labels: [],
    state: 'CREATED',
    version: 1,
    dependencies: [],
    createdBy: 'user:development/guest',
    createdAt: '2025-01-01T09:00:00.000Z',
    updatedAt: '2025-01-01T09:00:00.000Z',
    stateEnteredAt: '2025-01-01T09:00:00.000Z',
    blockedBy: [],
    heldBy: [],
    ...overrides,
  };
}

/** What GET /tasks/{id}/transitions answers, everything closed unless given. */
export function allowedTransitions(
  task: Pick<Task, 'state' | 'version'>,
  overrides: Omit<Partial<AllowedTransitions>, 'actions'> & {
    actions?: Partial<AllowedTransitions['actions']>;
  } = {},
): AllowedTransitions {
  const { actions, ...rest } = overrides;
  return {
    state: task.state,
    version: task.version,
    agent: 'context_manager',
    roles: ['context_manager'],
    transitions: [],
    ...rest,
    actions: {
      edit: false,
      reassign: false,
      addDependency: false,
      removeDependency: false,
      editableFields: [],
      ...actions,
    },
  };
}

let eventId = 0;

export function taskEvent(
  overrides: Partial<CoordinationEvent> & { type: string },
): CoordinationEvent {
  return {
    id: ++eventId,
    actor: 'user:development/guest',
    actorAgent: 'context_manager',
    subject: { type: 'task', id: taskId(1) },
    before: null,
    after: null,
    reason: null,
    createdAt: '2025-01-01T09:00:00.000Z',
    ...overrides,
  };
}

function jsonError(status: number, statusText: string, body: object) {
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status,
      statusText,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}

/** A refusal by the framework's rules: the backend's message and the rule's code. */
export function refusal(
  status: number,
  statusText: string,
  code: string,
  message: string,
  name = 'RefusalError',
): Promise<ResponseError> {
  return jsonError(status, statusText, {
    error: { name, message, code },
    request: { method: 'POST', url: '/api/agent-coordination/tasks/x' },
    response: { statusCode: status },
  });
}

/** A 409 for a stale version, carrying the task as it is now. */
export function staleVersion(
  current: Task,
  sent: number,
): Promise<ResponseError> {
  return jsonError(409, 'Conflict', {
    error: {
      name: 'StaleVersionError',
      message: `Task ${current.id} is at version ${current.version}, not ${sent}: it changed since you read it; the response carries the current one`,
      code: 'stale_version',
    },
    request: {
      method: 'POST',
      url: `/api/agent-coordination/tasks/${current.id}`,
    },
    response: { statusCode: 409 },
    task: current,
  });
}

/** A signals API whose messages the test sends. */
export function fakeSignals(): SignalApi & {
  publish(channel: string, message: object): void;
  subscribers(channel: string): number;
} {
  const channels = new Map<string, Set<(m: any) => void>>();
  return {
    subscribe(channel, onMessage) {
      let set = channels.get(channel);
      if (!set) {
        set = new Set();
        channels.set(channel, set);
      }
      set.add(onMessage as (m: any) => void);
      return {
        unsubscribe: () => set!.delete(onMessage as (m: any) => void),
      };
    },
    publish(channel, message) {
      channels.get(channel)?.forEach(l => l(message));
    },
    subscribers: channel => channels.get(channel)?.size ?? 0,
  };
}

/**
 * The seed framework with every lifecycle state renamed, as another
 * organisation may call them: nothing may find a column by its seed name.
 */
export function frameworkWithRenamedStates(): CoordinationFramework {
  const framework = loadSeedFramework();
  const names: Record<string, string> = {
    CREATED: 'TODO',
    ASSIGNED: 'PICKED',
    IN_PROGRESS: 'DOING',
    BLOCKED: 'WAITING',
    REVIEW: 'CHECKING',
    COMPLETED: 'DONE',
    FAILED: 'ABANDONED',
  };
  const rename = (s: string) => names[s] ?? s;
  return {
    ...framework,
    lifecycle: {
      ...framework.lifecycle,
      initial: rename(framework.lifecycle.initial),
      terminal: framework.lifecycle.terminal.map(rename),
      states: framework.lifecycle.states.map(s => ({
        ...s,
        name: rename(s.name),
      })),
      transitions: framework.lifecycle.transitions.map(t => ({
        ...t,
        from: rename(t.from),
        to: rename(t.to),
      })),
    },
  };
}
