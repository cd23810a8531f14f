import { InputError } from '@backstage/errors';
import type { z } from 'zod';

/** `dependencies[0].taskId`, as a caller would write it. */
function fieldPath(path: (string | number)[]): string {
  return path
    .map((p, i) => {
      if (typeof p === 'number') return `[${p}]`;
      return i === 0 ? p : `.${p}`;
    })
    .join('');
}

function describe(issue: z.ZodIssue, where: string): string {
  const path = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map(k => `'${k}'`).join(', ');
    return `${path ? `${path}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  return `${path || where}: ${issue.message}`;
}

/**
 * Validates request input, turning every problem into one 400 whose message
 * names each offending field, so a caller can fix them all in one go.
 */
export function parseInput<S extends z.ZodTypeAny>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'path',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map(issue => describe(issue, where));
  throw new InputError(`Invalid request ${where}: ${problems.join('; ')}`);
}
