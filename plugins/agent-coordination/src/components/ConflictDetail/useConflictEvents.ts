import type { AgentCoordinationApi } from '../../api';
import { useEventLog, type EventLogState } from '../../hooks/useEventLog';

export type ConflictEventsState = EventLogState;

const readConflictEvents = (
  api: AgentCoordinationApi,
  id: string,
  cursor?: string,
) => api.getConflictEvents(id, cursor);

/** A conflict's timeline, oldest first. */
export function useConflictEvents(id: string): ConflictEventsState {
  return useEventLog(id, readConflictEvents);
}
