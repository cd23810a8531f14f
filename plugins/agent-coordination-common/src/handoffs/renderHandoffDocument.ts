import type { HandoffSnapshot } from '../api';

function bullets(items: readonly string[] | null, empty: string): string[] {
  if (items === null) return [`- ${empty}`];
  if (items.length === 0) return ['- None'];
  return items.map(i => `- ${oneLine(i)}`);
}

/** A list item stays one item: later lines are indented under it. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, '\n  ');
}

/**
 * A handoff as the framework's Appendix B document, heading for heading:
 * `# Task Handoff`, From, To, Date (the transfer, or the opening before
 * it), then Completed Work, Artifacts (Path, Type, Status for each), Known
 * Issues, Dependencies, Success Criteria and Notes (the clarifications
 * asked and answered follow the notes).
 * @public
 */
export function renderHandoffDocument(handoff: HandoffSnapshot): string {
  const c = handoff.content;
  const artifacts =
    c.artifacts.length === 0
      ? ['- None']
      : c.artifacts.flatMap(a => [
          `- Path: ${a.path}`,
          `- Type: ${a.type}`,
          `- Status: ${a.status}`,
        ]);
  const notes: string[] = [];
  if (c.notes) notes.push(c.notes);
  for (const q of handoff.clarifications) {
    notes.push(`Clarification (${q.askedAt}): ${q.question}`);
    notes.push(
      q.answer === null
        ? 'Answer: pending'
        : `Answer (${q.answeredAt}): ${q.answer}`,
    );
  }
  return [
    `# Task Handoff: ${handoff.title}`,
    '',
    `## From: ${handoff.from}`,
    `## To: ${handoff.to}`,
    `## Date: ${handoff.transferredAt ?? handoff.createdAt}`,
    '',
    '### Completed Work',
    ...bullets(c.completedWork, 'None'),
    '',
    '### Artifacts',
    ...artifacts,
    '',
    '### Known Issues',
    ...bullets(c.knownIssues ?? null, 'Not listed'),
    '',
    '### Dependencies',
    ...bullets(c.dependencies ?? null, 'Not documented'),
    '',
    '### Success Criteria',
    ...bullets(c.successCriteria, 'None'),
    '',
    '### Notes',
    notes.length > 0 ? notes.join('\n\n') : 'None',
    '',
  ].join('\n');
}
