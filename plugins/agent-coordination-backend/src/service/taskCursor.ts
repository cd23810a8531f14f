import { InputError } from '@backstage/errors';
import type { TaskKey } from '../database/operations/listTasks';

/** Opaque to clients so the sort key can change without breaking them. */
export function encodeTaskCursor(key: TaskKey): string {
  return Buffer.from(JSON.stringify([key.createdAt, key.id])).toString('base64url');
}

export function decodeTaskCursor(cursor: string): TaskKey {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // falls through to the error below
  }
  throw new InputError('Invalid request query: cursor: not a cursor this API returned');
}
