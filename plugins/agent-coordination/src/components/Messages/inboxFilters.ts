/** The inbox's filters, as the URL holds them (`?agent=…&type=REQUEST&unread=true`). */
export interface InboxFilters {
  agent?: string;
  type?: string;
  priority?: string;
  unread?: boolean;
  overdue?: boolean;
}

/** Reads the filters from the URL; a flag is on only as `true`. */
export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const text = (name: string) => params.get(name) || undefined;
  return {
    agent: text('agent'),
    type: text('type'),
    priority: text('priority'),
    unread: params.get('unread') === 'true' ? true : undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
  };
}

/** The URL's query for the filters, leaving out what is not set. */
export function inboxFilterParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.agent) params.set('agent', filters.agent);
  if (filters.type) params.set('type', filters.type);
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.unread) params.set('unread', 'true');
  if (filters.overdue) params.set('overdue', 'true');
  return params;
}
