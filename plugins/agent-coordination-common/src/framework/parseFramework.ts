import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ZodIssue } from 'zod';
import { crossCheckFramework } from './crossChecks';
import { FrameworkValidationError } from './FrameworkValidationError';
import { resolveAgents } from './resolveAgents';
import { frameworkFileSchema } from './schema';
import type { CoordinationFramework, FrameworkIssue } from './types';

export function formatPath(at: readonly (string | number)[]): string {
  return at
    .map((p, i) => {
      if (typeof p === 'number') return `[${p}]`;
      return i === 0 ? p : `.${p}`;
    })
    .join('');
}

/**
 * Parses and validates a framework file (YAML or JSON text). `source` is the
 * file name used in error messages. Throws FrameworkValidationError listing
 * every problem found, each with its field path and line.
 * @public
 */
export function parseFramework(
  text: string,
  source: string,
): CoordinationFramework {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new FrameworkValidationError(
      source,
      doc.errors.map(e => ({
        path: '',
        line: e.linePos?.[0].line,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }

  // The nearest node that exists, so a missing field points at its parent.
  const lineOf = (at: readonly (string | number)[]): number | undefined => {
    for (let n = at.length; n >= 0; n--) {
      const node = doc.getIn(at.slice(0, n), true);
      if (isNode(node) && node.range) {
        return lineCounter.linePos(node.range[0]).line;
      }
    }
    return undefined;
  };
  const locate = (at: readonly (string | number)[], message: string): FrameworkIssue => ({
    path: formatPath(at),
    message,
    line: lineOf(at),
  });

  const raw = doc.toJS();
  const parsed = frameworkFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new FrameworkValidationError(
      source,
      parsed.error.issues.map((i: ZodIssue) =>
        locate(i.path, describeZodIssue(i)),
      ),
    );
  }

  const issues = crossCheckFramework(parsed.data);
  if (issues.length > 0) {
    throw new FrameworkValidationError(
      source,
      issues.map(i => locate(i.at, i.message)),
    );
  }

  return { ...parsed.data, agents: resolveAgents(parsed.data) };
}

function describeZodIssue(issue: ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
      .map(k => `'${k}'`)
      .join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return `required field is missing (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}, got ${issue.received}`;
  }
  if (issue.code === 'invalid_enum_value') {
    return `'${String(issue.received)}' is not one of ${issue.options.join(', ')}`;
  }
  if (issue.code === 'invalid_literal') {
    return `must be '${String(issue.expected)}'`;
  }
  return issue.message;
}
