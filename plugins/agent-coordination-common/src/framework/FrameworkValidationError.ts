import type { FrameworkIssue } from './types';

/**
 * Thrown when a framework file cannot be loaded. The message names the file,
 * each field and what is wrong with it, so a broken file stops start-up with
 * an error a person can act on.
 * @public
 */
export class FrameworkValidationError extends Error {
  readonly source: string;
  readonly issues: FrameworkIssue[];

  constructor(source: string, issues: FrameworkIssue[]) {
    const lines = issues.map(
      i =>
        `  - ${i.path || '(document)'}${
          i.line !== undefined ? ` (line ${i.line})` : ''
        }: ${i.message}`,
    );
    super(
      `Invalid agent coordination framework in ${source}:\n${lines.join('\n')}`,
    );
    this.name = 'FrameworkValidationError';
    this.source = source;
    this.issues = issues;
  }
}
