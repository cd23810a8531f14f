import type {
  EditHandoffRequest,
  Handoff,
  HandoffArtifact,
  HandoffContent,
  HandoffContentInput,
  OpenHandoffRequest,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * A list the checklist tells apart from "not documented": `none` is the
 * sender saying there are none (an empty list), an empty text without it
 * is not documented yet (the field left out).
 */
export interface ListDraft {
  none: boolean;
  text: string;
}

/** The handoff form's fields as typed: lists one item per line. */
export interface HandoffDraft {
  to: string;
  title: string;
  task: string;
  blocks: string[];
  component: string;
  completedWork: string;
  artifacts: HandoffArtifact[];
  knownIssues: ListDraft;
  dependencies: ListDraft;
  successCriteria: string;
  notes: string;
  attest: string[];
}

export const EMPTY_DRAFT: HandoffDraft = {
  to: '',
  title: '',
  task: '',
  blocks: [],
  component: '',
  completedWork: '',
  artifacts: [],
  knownIssues: { none: false, text: '' },
  dependencies: { none: false, text: '' },
  successCriteria: '',
  notes: '',
  attest: [],
};

export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map(l => l.trim())
    .filter(l => l !== '');
}

function listDraftOf(items: string[] | null | undefined): ListDraft {
  if (items === null || items === undefined) return { none: false, text: '' };
  return { none: items.length === 0, text: items.join('\n') };
}

/** `undefined` when not documented, `[]` for an explicit none. */
function listOf(draft: ListDraft): string[] | undefined {
  if (draft.none) return [];
  const lines = linesOf(draft.text);
  return lines.length > 0 ? lines : undefined;
}

/** A stored handoff as the form shows it, for an edit. */
export function draftFromHandoff(handoff: Handoff): HandoffDraft {
  const c = handoff.content;
  return {
    to: handoff.to,
    title: handoff.title,
    task: handoff.task ?? '',
    blocks: handoff.blocks,
    component: handoff.component ?? '',
    completedWork: c.completedWork.join('\n'),
    artifacts: c.artifacts,
    knownIssues: listDraftOf(c.knownIssues),
    dependencies: listDraftOf(c.dependencies),
    successCriteria: c.successCriteria.join('\n'),
    notes: c.notes ?? '',
    attest: handoff.attested,
  };
}

/** The content as the API takes it; an artifact row without a path is not sent. */
export function contentInputOf(draft: HandoffDraft): HandoffContentInput {
  const knownIssues = listOf(draft.knownIssues);
  const dependencies = listOf(draft.dependencies);
  return {
    completedWork: linesOf(draft.completedWork),
    artifacts: draft.artifacts
      .map(a => ({ ...a, path: a.path.trim() }))
      .filter(a => a.path !== ''),
    ...(knownIssues !== undefined && { knownIssues }),
    ...(dependencies !== undefined && { dependencies }),
    successCriteria: linesOf(draft.successCriteria),
    notes: draft.notes.trim(),
  };
}

/** The content as the checklist reads it, for the form's live preview. */
export function contentOf(draft: HandoffDraft): HandoffContent {
  const input = contentInputOf(draft);
  return {
    completedWork: input.completedWork ?? [],
    artifacts: input.artifacts ?? [],
    knownIssues: input.knownIssues ?? null,
    dependencies: input.dependencies ?? null,
    successCriteria: input.successCriteria ?? [],
    notes: input.notes || null,
  };
}

export function openRequestOf(draft: HandoffDraft): OpenHandoffRequest {
  return {
    to: draft.to,
    title: draft.title.trim(),
    ...(draft.task.trim() && { task: draft.task.trim() }),
    ...(draft.blocks.length > 0 && { blocks: draft.blocks }),
    ...(draft.component.trim() && { component: draft.component.trim() }),
    content: contentInputOf(draft),
    ...(draft.attest.length > 0 && { attest: draft.attest }),
  };
}

/**
 * An edit sends the whole form: the content lists replace what is stored.
 * A list left "not documented" cannot be sent as such (the API keeps the
 * stored one), so an edit can document a list but not undocument it.
 */
export function editRequestOf(
  draft: HandoffDraft,
  version: number,
): EditHandoffRequest {
  return {
    title: draft.title.trim(),
    content: contentInputOf(draft),
    attest: draft.attest,
    version,
  };
}
