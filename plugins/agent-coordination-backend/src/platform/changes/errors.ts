import type { Refusal, RefusalCode } from '@agent-coordination/plugin-agent-coordination-common';

/** What a change is about: a task, a conflict, ... by id. */
export interface SubjectRef {
  type: string;
  id: string;
}

/**
 * The one table from a rule's refusal code to its answer: the HTTP status
 * and the name of the Backstage error class with that status.
 */
export const REFUSAL_ERRORS: Record<RefusalCode, { status: number; name: string }> = {
  invalid_input: { status: 400, name: 'InputError' },
  not_permitted: { status: 403, name: 'NotAllowedError' },
  not_found: { status: 404, name: 'NotFoundError' },
  conflict: { status: 409, name: 'ConflictError' },
  stale_version: { status: 409, name: 'ConflictError' },
  unprocessable: { status: 422, name: 'UnprocessableError' },
};

/**
 * A pure rule said no. It carries the refusal, and is named and numbered
 * from the table above, so wherever it surfaces (the plugin's routes, the
 * actions registry's, a scaffolder step) it reads as the Backstage error it
 * stands for, with the rule as `code`.
 */
export class RefusalError extends Error {
  readonly statusCode: number;
  readonly code: string;
  declare readonly refusal: Refusal;

  constructor(refusal: Refusal) {
    super(refusal.message);
    const { status, name } = REFUSAL_ERRORS[refusal.code];
    this.name = name;
    this.statusCode = status;
    this.code = refusal.rule;
    // Not enumerable: error serializers copy own enumerable fields to clients.
    Object.defineProperty(this, 'refusal', { value: refusal, enumerable: false });
  }
}

/**
 * A write lost to a concurrent one, or was sent with a version the subject
 * no longer has. Thrown inside the transaction; the change runner retries it
 * when it hit a subject the caller did not name, and otherwise answers with
 * the subject as it is now.
 */
export class StaleWrite extends Error {
  constructor(
    readonly subject: SubjectRef,
    readonly sentVersion: number,
  ) {
    super(`${subject.type} ${subject.id} changed concurrently`);
    this.name = 'StaleWrite';
  }
}

/** The error to throw for a rule's refusal of a change to `subject`. */
export function refused(refusal: Refusal, subject?: SubjectRef): Error {
  if (refusal.code === 'stale_version' && subject && refusal.sentVersion !== undefined) {
    return new StaleWrite(subject, refusal.sentVersion);
  }
  return new RefusalError(refusal);
}

/**
 * The caller's answer to a stale write: the subject as it is now, under the
 * key its noun answers with (e.g. `task`), next to the usual error body.
 */
export class StaleVersionError extends Error {
  readonly statusCode = 409;
  constructor(
    message: string,
    readonly key: string,
    readonly current: unknown,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
