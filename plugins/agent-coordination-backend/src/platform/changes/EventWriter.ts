import type { CoordinationEventBody } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { Actor } from '../actors';
import { appendEvents, type NewEvent } from '../store/events';

/**
 * Writes events inside one change's transaction, for any subject, and keeps
 * them so they can be announced after the commit. A noun writes its state
 * row first and its event second: the row's conditional update takes the
 * row lock, so per subject the event ids follow the versions.
 */
export class EventWriter {
  readonly events: NewEvent[] = [];

  constructor(
    readonly tx: Knex.Transaction,
    readonly actor: Actor,
    readonly now: Date,
  ) {}

  get nowIso(): string {
    return this.now.toISOString();
  }

  async record(body: CoordinationEventBody, actor: Actor = this.actor): Promise<void> {
    await this.recordAll([body], actor);
  }

  async recordAll(bodies: CoordinationEventBody[], actor: Actor = this.actor): Promise<void> {
    const events = bodies.map(body => eventOf(body, actor));
    await appendEvents(this.tx, events);
    this.events.push(...events);
  }
}

/** The event row of `body`, caused by `actor`. */
export function eventOf(body: CoordinationEventBody, actor: Actor): NewEvent {
  return { ...body, actor: actor.principal, actorAgent: actor.agent?.key ?? null };
}
