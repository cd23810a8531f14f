import { ResponseError, isError } from '@backstage/errors';

// A proxy's error page arrives as the message of a non-JSON answer; its
// first lines say enough.
const MAX_MESSAGE = 500;

function shorten(message: string): string {
  return message.length > MAX_MESSAGE
    ? `${message.slice(0, MAX_MESSAGE - 1)}…`
    : message;
}

/** What to tell the user about a failed request. */
export interface BackendErrorDescription {
  /** The backend's own words when it sent any, e.g. "'path' must not contain '..'". */
  message: string;
  /** Where the error came from, for whoever reports it: "400 Bad Request · InputError". */
  detail?: string;
}

/**
 * Reads the backend's message out of an error. A Backstage backend answers a
 * failed request with `{ error: { name, message }, response: { statusCode } }`;
 * ResponseError keeps that body, but its own message is only the status line
 * ("Request failed with 400 Bad Request"), which tells the user nothing.
 */
export function describeBackendError(error: unknown): BackendErrorDescription {
  if (ResponseError.is(error)) {
    const cause = error.body?.error;
    const status = [error.statusCode, error.statusText]
      .filter(part => part !== undefined && part !== '')
      .join(' ');
    const name = cause?.name && cause.name !== 'Error' ? cause.name : undefined;
    return {
      message: shorten(cause?.message || error.message),
      detail: [status, name].filter(Boolean).join(' · ') || undefined,
    };
  }
  if (isError(error)) {
    // fetch rejects with a TypeError when the backend is not reachable at all.
    return {
      message: error.message || String(error),
      detail: error.name && error.name !== 'Error' ? error.name : undefined,
    };
  }
  return { message: String(error) };
}
