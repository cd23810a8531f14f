import { z } from 'zod';

/** A positive integer written in a query string. */
export function queryInt(max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(max));
}

/** Paging of the event routes: the cursor is the id of the last event seen. */
export const eventPageQuery = z
  .object({
    cursor: queryInt(Number.MAX_SAFE_INTEGER).optional(),
    limit: queryInt(200).optional(),
  })
  .strict();
