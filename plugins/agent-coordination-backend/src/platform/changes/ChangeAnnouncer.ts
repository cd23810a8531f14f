import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NewEvent } from '../store/events';

/** Told about committed events: where signals and notifications plug in. */
export type ChangeListener = (events: NewEvent[]) => void | Promise<void>;

/**
 * Hands committed events to the listeners of their subject type. A change is
 * committed whatever a listener does, so listener failures are logged, never
 * thrown back at the caller.
 */
export class ChangeAnnouncer {
  private readonly listeners: Array<{ subjectType: string | undefined; listener: ChangeListener }> = [];

  constructor(private readonly logger?: Pick<LoggerService, 'warn'>) {}

  /** Listens to the events of one subject type, or of all with undefined. */
  on(subjectType: string | undefined, listener: ChangeListener): void {
    this.listeners.push({ subjectType, listener });
  }

  async announce(events: NewEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const { subjectType, listener } of this.listeners) {
      const mine = subjectType ? events.filter(e => e.subject.type === subjectType) : events;
      if (mine.length === 0) continue;
      try {
        await listener(mine);
      } catch (error) {
        this.logger?.warn('agent-coordination change listener failed', error as Error);
      }
    }
  }
}
