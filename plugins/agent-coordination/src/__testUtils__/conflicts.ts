import { ResponseError } from '@backstage/errors';
import type { PermissionApi } from '@backstage/plugin-permission-react';
import type { SignalApi } from '@backstage/plugin-signals-react';
import {
  describeConflict,
  escalationMatrixOf,
  type Conflict,
  type ConflictActionsAllowed,
  type ConflictSnapshot,
  type CoordinationEvent,
  type EscalationMatrix,
  type Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import { loadSeedFramework } from './framework';

/*
 * Conflicts as the backend serves them, built with the same pure functions
 * the backend uses (describeConflict, escalationMatrixOf) over the seed
 * framework, so authorities, names and resolveBy are what the portal shows.
 */

const framework = loadSeedFramework();

/** The seed's escalation matrix and conflict types, as GET /escalation-matrix answers. */
export function exampleMatrix(): EscalationMatrix {
  return escalationMatrixOf(framework);
}

/** A conflict as served; by default an open L1 code-merge conflict opened at `openedAt`. */
export function exampleConflict(
  overrides: Partial<ConflictSnapshot> = {},
): Conflict {
  const openedAt = overrides.openedAt ?? '2025-03-01T10:00:00.000Z';
  const snapshot: ConflictSnapshot = {
    id: 'c-1',
    type: 'technical',
    category: 'code_merge',
    title: 'VPC module merge',
    description: 'Both want to change the VPC CIDR layout.',
    status: 'open',
    level: 'L1',
    parties: ['network_engineer', 'kubernetes_specialist'],
    subject: { tasks: [], components: [], paths: [] },
    blocks: [],
    primaryOwners: [],
    votes: [],
    resolution: null,
    openedAt,
    levelEnteredAt: openedAt,
    deadlineAt: new Date(Date.parse(openedAt) + 4 * 3600_000).toISOString(),
    breachedAt: null,
    changeSet: null,
    version: 1,
    createdBy: 'user:development/guest',
    createdAt: openedAt,
    updatedAt: openedAt,
    ...overrides,
  };
  return describeConflict(framework, snapshot);
}

/** What GET /conflicts/{id}/actions answers; nothing allowed unless given. */
export function actionsAllowed(
  allowed: Partial<Pick<ConflictActionsAllowed, 'vote' | 'resolve' | 'escalate'>> = {},
  agent: string | null = 'network_engineer',
): ConflictActionsAllowed {
  return {
    agent,
    roles: agent ? ['any_agent', 'party'] : [],
    vote: false,
    resolve: false,
    escalate: false,
    ...allowed,
  };
}

/** A failed answer of the backend, with `error.code` and extra body fields (e.g. `conflict`). */
export async function conflictError(
  status: number,
  statusText: string,
  name: string,
  message: string,
  extra: { code?: string; conflict?: Conflict } = {},
): Promise<ResponseError> {
  const { code, ...rest } = extra;
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message, ...(code ? { code } : {}) },
        request: { method: 'POST', url: '/api/agent-coordination/conflicts/c-1' },
        response: { statusCode: status },
        ...rest,
      }),
      { status, statusText, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

/** One event of a conflict's log. */
export function conflictEvent(
  id: number,
  type: string,
  fields: Partial<CoordinationEvent> = {},
): CoordinationEvent {
  return {
    id,
    type,
    actor: 'user:development/guest',
    actorAgent: null,
    subject: { type: 'conflict', id: 'c-1' },
    before: null,
    after: null,
    reason: null,
    createdAt: '2025-03-01T10:00:00.000Z',
    ...fields,
  };
}

/** A permission API that answers every request with `result`. */
export function fixedPermissionApi(result: 'ALLOW' | 'DENY'): PermissionApi {
  // AuthorizeResult is a string enum; the frontend plugin does not depend on
  // permission-common for it, and its values are these strings.
  return {
    authorize: jest.fn(async () => ({ result })),
  } as unknown as PermissionApi;
}

/** A signal API whose messages a test publishes by hand. */
export function mockSignalApi(): SignalApi & {
  publish(channel: string, message: Record<string, unknown>): void;
} {
  const subscribers = new Map<string, Set<(message: any) => void>>();
  return {
    subscribe(channel, onMessage) {
      const set = subscribers.get(channel) ?? new Set();
      set.add(onMessage as (message: any) => void);
      subscribers.set(channel, set);
      return { unsubscribe: () => set.delete(onMessage as (message: any) => void) };
    },
    publish(channel, message) {
      for (const fn of subscribers.get(channel) ?? []) fn(message);
    },
  };
}

/** A task as GET /tasks/{id} serves it. */
export function exampleTask(id: string, title: string, state = 'IN_PROGRESS'): Task {
  const at = '2025-03-01T09:00:00.000Z';
  return {
    id,
    title,
    description: null,
    kind: 'infrastructure_changes',
    component: null,
    assignee: 'network_engineer',
    priority: 'P2',
    estimate: null,
    dueDate: null,
    labels: [],
    state,
    version: 1,
    dependencies: [],
    createdBy: 'user:development/guest',
    createdAt: at,
    updatedAt: at,
    stateEnteredAt: at,
    blockedBy: [],
    heldBy: [],
  };
}
