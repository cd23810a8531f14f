/*
 * How a pure rule says no. Rules never throw HTTP errors: they return a
 * refusal whose `code` says what kind of no it is (the backend keeps the one
 * table from codes to HTTP statuses) and whose `rule` names the rule that
 * refused, for clients that react to a particular refusal. The message is
 * written for a person and names the state, the field or the rule.
 */

/**
 * The kind of refusal: bad input (400), not this caller (403), no such thing
 * (404), not in this state (409), a stale version (409 with the current
 * resource), or understood but not acceptable (422).
 * @public
 */
export type RefusalCode =
  | 'invalid_input'
  | 'not_permitted'
  | 'not_found'
  | 'conflict'
  | 'stale_version'
  | 'unprocessable';

/** @public */
export interface Refusal {
  code: RefusalCode;
  /** The rule that refused, e.g. `no_such_transition`; sent to clients as `error.code`. */
  rule: string;
  message: string;
  /** For `stale_version`: the version the caller sent. */
  sentVersion?: number;
  /** What a client can act on beyond the message, sent in the error body (e.g. `missing` checks). */
  details?: { missing?: string[] };
}

/** A rule's answer: what to do, or why not. @public */
export type Decision<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

/** @public */
export function allow<T>(value: T): Decision<T> {
  return { ok: true, value };
}

/** @public */
export function refuse(code: RefusalCode, rule: string, message: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { code, rule, message } };
}

/** A change sent with a version the subject no longer has. @public */
export function staleVersion(
  subject: string,
  current: number,
  sent: number,
): { ok: false; refusal: Refusal } {
  return {
    ok: false,
    refusal: {
      code: 'stale_version',
      rule: 'stale_version',
      message: `${subject} is at version ${current}, not ${sent}: it changed since you read it; the response carries the current one`,
      sentVersion: sent,
    },
  };
}
