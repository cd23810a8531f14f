import { ResponseError } from '@backstage/errors';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';

/** The rule that refused a request (`dependency_cycle`, `still_blocked`, ...), if the framework's rules did. */
export function refusalCode(error: unknown): string | undefined {
  if (!ResponseError.is(error)) return undefined;
  const code = (error.body.error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The task as it is now, when a change was refused for a stale version: the
 * backend answers 409 with the current task in the body.
 */
export function staleTaskOf(error: unknown): Task | undefined {
  if (!ResponseError.is(error) || error.statusCode !== 409) return undefined;
  const task = (error.body as unknown as { task?: Task }).task;
  return task && typeof task === 'object' && typeof task.id === 'string'
    ? task
    : undefined;
}

/** Whether the task is gone for this user (deleted, or no longer readable). */
export function isGone(error: unknown): boolean {
  return (
    ResponseError.is(error) &&
    (error.statusCode === 404 || error.statusCode === 403)
  );
}
