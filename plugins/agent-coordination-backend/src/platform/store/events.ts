import type {
  CoordinationEvent,
  CoordinationEventBody,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { EVENTS, type EventRow } from './tables';

/** An event as written: its body (subject, type, before, after, reason) and who caused it. */
export type NewEvent = CoordinationEventBody & {
  actor: string;
  actorAgent: string | null;
};

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function fromJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

/** SQLite returns its default timestamp as 'YYYY-MM-DD HH:MM:SS' in UTC, without a zone. */
function toIso(value: Date | string | number): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const sqlite = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value);
  return new Date(sqlite ? `${value.replace(' ', 'T')}Z` : value).toISOString();
}

export function rowToEvent(row: EventRow): CoordinationEvent {
  return {
    id: Number(row.id),
    type: row.type,
    actor: row.actor,
    actorAgent: row.actor_agent,
    subject: { type: row.subject_type, id: row.subject_id },
    before: fromJson(row.before),
    after: fromJson(row.after),
    reason: row.reason,
    createdAt: toIso(row.created_at),
  };
}

export async function appendEvent(tx: Knex, event: NewEvent): Promise<void> {
  await appendEvents(tx, [event]);
}

/** Several events in one INSERT; ids follow the order given. */
export async function appendEvents(tx: Knex, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx(EVENTS).insert(
    events.map(event => ({
      type: event.type,
      actor: event.actor,
      actor_agent: event.actorAgent,
      subject_type: event.subject.type,
      subject_id: event.subject.id,
      before: toJson(event.before),
      after: toJson(event.after),
      reason: event.reason,
    })),
  );
}

/**
 * Adds to a query on the event table the events of one subject type that a
 * caller may read; the log's readers OR one of these per subject type, so an
 * event of a type nobody vouched for is never shown.
 */
export type EventVisibility = (query: Knex.QueryBuilder) => void;

/**
 * A page of events. For one subject they come oldest first (a history reads
 * forwards); across all subjects newest first (a feed reads backwards). The
 * cursor is the id of the last event returned. `visible` limits a feed to
 * what the caller may read.
 */
export async function listEvents(
  db: Knex,
  options: {
    subject?: { type: string; id: string };
    visible?: EventVisibility[];
    afterId?: number;
    limit: number;
  },
): Promise<{ items: CoordinationEvent[]; more: boolean }> {
  const forwards = options.subject !== undefined;
  const query = db<EventRow>(EVENTS);
  if (options.subject) {
    query.where({ subject_type: options.subject.type, subject_id: options.subject.id });
  }
  if (options.visible) {
    const visible = options.visible;
    if (visible.length === 0) return { items: [], more: false };
    query.where(q => visible.forEach(v => q.orWhere(sub => v(sub))));
  }
  if (options.afterId !== undefined) {
    query.where('id', forwards ? '>' : '<', options.afterId);
  }
  const rows = await query.orderBy('id', forwards ? 'asc' : 'desc').limit(options.limit + 1);
  return {
    items: rows.slice(0, options.limit).map(rowToEvent),
    more: rows.length > options.limit,
  };
}

/** Every event in commit order: the input of a replay. */
export async function loadAllEvents(db: Knex): Promise<CoordinationEvent[]> {
  const rows = await db<EventRow>(EVENTS).orderBy('id', 'asc');
  return rows.map(rowToEvent);
}
