import { InputError } from '@backstage/errors';

/**
 * Cursors are opaque to clients, so the sort key behind them can change
 * without breaking anyone: a JSON array in base64url.
 */
export function encodeCursor(key: Array<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key of a cursor this API returned; a 400 for anything else. */
export function decodeCursor<T extends Array<string | number>>(
  cursor: string,
  isKey: (value: unknown[]) => value is T,
): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && isKey(value)) return value;
  } catch {
    // falls through to the error below
  }
  throw new InputError('Invalid request query: cursor: not a cursor this API returned');
}
