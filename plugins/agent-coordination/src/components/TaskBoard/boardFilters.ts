import type { ListTasksQuery } from '@agent-coordination/plugin-agent-coordination-common';

/** The board's filters, by their names in its URL. */
export const FILTER_KEYS = [
  'assignee',
  'tier',
  'component',
  'priority',
  'label',
  'kind',
  'text',
] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

export type BoardFilters = Partial<Record<FilterKey, string>>;

/** The filters in a URL's query string; unknown parameters are left alone. */
export function filtersFromParams(params: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function hasFilters(filters: BoardFilters): boolean {
  return FILTER_KEYS.some(key => filters[key] !== undefined);
}

/**
 * The filters as GET /tasks takes them: the server filters, so a board of
 * thousands of tasks only transfers what it shows. A tier that is not a
 * number is passed on as such, for the backend to name what is wrong.
 */
export function queryOf(
  filters: BoardFilters,
): Omit<ListTasksQuery, 'cursor' | 'limit'> {
  const query: Omit<ListTasksQuery, 'cursor' | 'limit'> = {};
  if (filters.assignee) query.assignee = filters.assignee;
  if (filters.tier) {
    const tier = Number(filters.tier);
    query.tier = (Number.isInteger(tier) ? tier : filters.tier) as number;
  }
  if (filters.component) query.component = filters.component;
  if (filters.priority) {
    query.priority = filters.priority as ListTasksQuery['priority'];
  }
  if (filters.label) query.label = filters.label;
  if (filters.kind) query.kind = filters.kind;
  if (filters.text) query.text = filters.text;
  return query;
}

/** A stable key of a query, to refetch when (and only when) it changes. */
export function queryKey(query: object): string {
  return JSON.stringify(
    Object.entries(query).sort(([a], [b]) => a.localeCompare(b)),
  );
}
