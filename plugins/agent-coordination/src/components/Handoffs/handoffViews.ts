import type {
  Handoff,
  ListHandoffsQuery,
} from '@agent-coordination/plugin-agent-coordination-common';

/** The lists of the Handoffs tab. */
export type HandoffView = 'waiting' | 'sent' | 'overdue' | 'all';

export const HANDOFF_VIEWS: Array<{ id: HandoffView; label: string }> = [
  { id: 'waiting', label: 'Waiting on me' },
  { id: 'sent', label: 'Sent by me' },
  { id: 'overdue', label: 'Overdue' },
  { id: 'all', label: 'All' },
];

export function isHandoffView(value: string | null): value is HandoffView {
  return HANDOFF_VIEWS.some(v => v.id === value);
}

/**
 * The queries that make up a view for `agent`. "Waiting on me" is whose
 * turn it is: handoffs to the agent it has to acknowledge, and its own it
 * has to finish (a draft to transfer, a question to answer, an accepted one
 * to complete); the backend filters by one status at a time, so it is
 * several queries merged.
 */
export function viewQueries(
  view: HandoffView,
  agent: string | null,
): ListHandoffsQuery[] {
  switch (view) {
    case 'waiting':
      if (!agent) return [];
      return [
        { to: agent, status: 'awaiting_acknowledgment' },
        { from: agent, status: 'draft' },
        { from: agent, status: 'clarification_requested' },
        { from: agent, status: 'acknowledged' },
      ];
    case 'sent':
      return agent ? [{ from: agent }] : [];
    case 'overdue':
      return [{ overdue: true }];
    default:
      return [{}];
  }
}

/** Several pages as one list, each handoff once, the most recently changed first. */
export function mergeHandoffs(pages: Handoff[][]): Handoff[] {
  const byId = new Map<string, Handoff>();
  for (const page of pages) for (const h of page) byId.set(h.id, h);
  return [...byId.values()].sort((a, b) =>
    b.updatedAt.localeCompare(a.updatedAt),
  );
}

/** Whose move it is, in words, for a list row or a card. */
export function whoseTurn(
  handoff: Pick<Handoff, 'status' | 'from' | 'to'>,
  nameOf: (key: string) => string,
): string {
  switch (handoff.status) {
    case 'draft':
      return `${nameOf(handoff.from)} to transfer`;
    case 'awaiting_acknowledgment':
      return `${nameOf(handoff.to)} to acknowledge`;
    case 'clarification_requested':
      return `${nameOf(handoff.from)} to answer a question`;
    case 'acknowledged':
      return `${nameOf(handoff.from)} to complete`;
    default:
      return 'Nobody: completed';
  }
}
