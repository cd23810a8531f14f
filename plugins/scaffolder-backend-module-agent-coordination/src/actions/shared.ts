import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import type { Conflict, Handoff } from '@agent-coordination/plugin-agent-coordination-common';
import { createHash } from 'crypto';

/** What the helpers need of an action's context; a structural subset, so tests can build one. */
export interface StepContext {
  input: unknown;
  task: { id: string };
  step?: { id?: string; name?: string };
}

/**
 * The Idempotency-Key for one write of one step. A step run again (the task
 * retried, or recovered after a restart) sends the same key, so the backend
 * answers with the first result instead of doing the write twice. The
 * step's input is part of it because a step with `each` runs once per item
 * under the same step id, and each item is a write of its own.
 */
export function idempotencyKey(ctx: StepContext, write: string): string {
  const step = ctx.step?.id ?? ctx.step?.name ?? 'step';
  // The header allows printable ASCII only, at most 255 characters; step ids are template-defined.
  const key = `scaffolder:${printable(ctx.task.id)}:${printable(step)}:${write}:${inputHash(ctx)}`;
  if (key.length <= 255) return key;
  return `scaffolder:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * The checkpoint key for one write (or the read a write depends on) of one
 * step. The scaffolder scopes checkpoints to the step; the input tells the
 * items of an `each` step apart.
 */
export function checkpointKey(ctx: StepContext, write: string): string {
  return `${write}:${inputHash(ctx)}`;
}

function inputHash(ctx: StepContext): string {
  return createHash('sha256')
    .update(stableJson(ctx.input ?? null))
    .digest('hex')
    .slice(0, 16);
}

function printable(text: string): string {
  return encodeURIComponent(text).replace(/[^\x21-\x7e]/g, '_');
}

/** JSON with sorted keys, so the same input always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : Number(a > b)));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface ApiRefusal {
  name: 'ResponseError';
  message: string;
  statusCode: number;
  body?: { error?: { message?: unknown; code?: unknown } };
}

function isApiRefusal(error: unknown): error is ApiRefusal {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'ResponseError' &&
    typeof (error as { statusCode?: unknown }).statusCode === 'number'
  );
}

/**
 * Runs a call to the coordination API and, when the API refuses it, fails
 * with the API's own words: they name the rule, the state or the field that
 * stands in the way, which "Request failed with 409" does not. The error's
 * kind follows the status, so the scaffolder reports it as what it is.
 */
export async function explained<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isApiRefusal(error)) throw error;
    const said = error.body?.error?.message;
    const message = typeof said === 'string' && said.trim() ? said : error.message;
    throw refusal(error.statusCode, message, error);
  }
}

// Backstage's error classes would append "; caused by ..." to the message,
// repeating the status line the backend's words replace; they go without.
function refusal(status: number, message: string, cause: Error): Error {
  switch (status) {
    case 400:
    case 413:
    case 415:
    case 422:
      return new InputError(message);
    case 401:
      return new AuthenticationError(message);
    case 403:
      return new NotAllowedError(message);
    case 404:
      return new NotFoundError(message);
    case 409:
      return new ConflictError(message);
    case 503:
      return new ServiceUnavailableError(message);
    default:
      return new Error(message, { cause });
  }
}

/** Where the portal shows a task. */
export function taskUrl(id: string): string {
  return `/agent-coordination/tasks/${encodeURIComponent(id)}`;
}

/** Where the portal shows a conflict. */
export function conflictUrl(id: string): string {
  return `/agent-coordination/conflicts/${encodeURIComponent(id)}`;
}

/** Where the portal shows a handoff (the link its notifications carry). */
export function handoffUrl(id: string): string {
  return `/agent-coordination/handoffs/${encodeURIComponent(id)}`;
}

/**
 * Templates often pass an unset optional parameter as an empty string
 * (`${{ parameters.component or '' }}`); for the API that is no value, not
 * an invalid one.
 */
export function given(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The same, for lists: blank items are dropped, an empty list is no list. */
export function givenList(values: ReadonlyArray<string | undefined | null> | undefined | null): string[] | undefined {
  if (!values) return undefined;
  const kept = values.map(given).filter((v): v is string => v !== undefined);
  return kept.length ? kept : undefined;
}

/** A well-formed stand-in id for dry runs, so the steps after it still validate. */
export const DRY_RUN_ID = '00000000-0000-0000-0000-000000000000';

/** What templates show about a conflict and pass to later steps. */
export function conflictOutputs(conflict: Conflict) {
  return {
    conflictId: conflict.id,
    status: conflict.status,
    level: conflict.level,
    authority: conflict.authority.name,
    authorityId: conflict.authority.id,
    authorityKind: conflict.authority.kind,
    deciders: [...conflict.authority.agents, ...conflict.authority.groups],
    deadlineAt: conflict.deadlineAt,
    resolveBy: conflict.resolveBy,
    version: conflict.version,
    url: conflictUrl(conflict.id),
  };
}

/** The next level up the ladder, for dry runs; none past the last. */
export function nextLevel(level: string): 'L2' | 'L3' | undefined {
  if (level === 'L1') return 'L2';
  if (level === 'L2') return 'L3';
  return undefined;
}

/** What templates show about a handoff and pass to later steps. */
export function handoffOutputs(handoff: Handoff) {
  const last = handoff.clarifications[handoff.clarifications.length - 1];
  return {
    handoffId: handoff.id,
    title: handoff.title,
    from: handoff.from,
    to: handoff.to,
    stage: handoff.stage,
    status: handoff.status,
    checklist: handoff.checklist.map(c => ({ check: c.check, passed: c.passed, by: c.by })),
    missing: handoff.missing,
    blocks: handoff.blocks,
    acknowledgmentDueAt: handoff.acknowledgmentDueAt,
    openQuestion: last && last.answer === null ? last.question : null,
    version: handoff.version,
    url: handoffUrl(handoff.id),
  };
}

/** Checks as one line, for logs and messages. */
export function checksText(checks: readonly string[]): string {
  return checks.length ? checks.join(', ') : 'none';
}
