import { ResponseError } from '@backstage/errors';
import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';

/** The rule that refused a request (`error.body.error.code`), if the backend named one. */
export function refusalCodeOf(error: unknown): string | undefined {
  if (!ResponseError.is(error)) return undefined;
  const code = error.body?.error?.code;
  return typeof code === 'string' && code ? code : undefined;
}

/**
 * The conflict as it is now, when a change was refused for a stale version:
 * the backend answers 409 with the current conflict next to the error.
 */
export function staleConflictOf(error: unknown): Conflict | undefined {
  if (!ResponseError.is(error) || error.statusCode !== 409) return undefined;
  const body = error.body as unknown as { conflict?: Conflict };
  const conflict = body?.conflict;
  return conflict && typeof conflict === 'object' && typeof conflict.id === 'string'
    ? conflict
    : undefined;
}

/** A refusal that says the conflict is not what the caller saw (resolved meanwhile, ...). */
export function isConflictState(error: unknown): boolean {
  return ResponseError.is(error) && error.statusCode === 409;
}

/**
 * What changed between the conflict a user acted on and the one the backend
 * has now, in words: the user's request was refused for it, so they need to
 * know what they are looking at before they try again.
 */
export function describeChanges(
  before: Conflict,
  after: Conflict,
  nameOf: (key: string) => string = key => key,
): string[] {
  const changes: string[] = [];
  if (before.status !== after.status && after.status === 'resolved') {
    const decision = after.resolution?.decision;
    changes.push(
      decision ? `it was resolved: "${decision}"` : 'it was resolved',
    );
  }
  if (before.level !== after.level) {
    changes.push(
      `it moved from ${before.level} to ${after.level} (${after.authority.name} decides now)`,
    );
  }
  if (!before.breachedAt && after.breachedAt) {
    changes.push('its SLA was breached');
  }
  const seen = new Map(before.votes.map(v => [v.agent, v.position]));
  for (const vote of after.votes) {
    if (seen.get(vote.agent) !== vote.position) {
      changes.push(`${nameOf(vote.agent)} voted "${vote.position}"`);
    }
  }
  if (
    after.status === 'open' &&
    before.deadlineAt !== after.deadlineAt &&
    before.level === after.level &&
    !after.breachedAt
  ) {
    changes.push(`its deadline is now ${after.deadlineAt}`);
  }
  if (changes.length === 0) {
    changes.push(`it is now at version ${after.version} (you saw ${before.version})`);
  }
  return changes;
}
