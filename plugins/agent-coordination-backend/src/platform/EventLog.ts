import type { Actor } from './actors';
import type { EventVisibility } from './store/events';

/** For one subject type: the events of it `actor` may read, or undefined for none. */
export type VisibilityProvider = (actor: Actor) => Promise<EventVisibility | undefined>;

/**
 * The audit log's readers ask each noun which of its events a caller may
 * read (its own read permission), so the feed never shows an event its
 * subject's permission would hide.
 */
export class EventLog {
  private readonly providers: VisibilityProvider[] = [];

  addVisibility(provider: VisibilityProvider): void {
    this.providers.push(provider);
  }

  async visibleTo(actor: Actor): Promise<EventVisibility[]> {
    const all = await Promise.all(this.providers.map(p => p(actor)));
    return all.filter((v): v is EventVisibility => v !== undefined);
  }
}
