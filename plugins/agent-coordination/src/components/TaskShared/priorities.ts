import type { Priority } from '@agent-coordination/plugin-agent-coordination-common';

/**
 * The API's priorities, most urgent first. They are the OpenAPI document's
 * enum, not framework data, so listing them here cannot drift from another
 * organisation's framework file.
 */
export const PRIORITIES: Priority[] = ['P0', 'P1', 'P2', 'P3'];

/** The priority a new task gets when none is chosen (the backend's default). */
export const DEFAULT_PRIORITY: Priority = 'P2';

export function priorityRank(priority: string): number {
  const rank = PRIORITIES.indexOf(priority as Priority);
  return rank === -1 ? PRIORITIES.length : rank;
}
