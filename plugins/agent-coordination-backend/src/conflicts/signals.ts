import type { SignalsService } from '@backstage/plugin-signals-node';
import type { ConflictSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { ChangeListener } from '../platform/changes/ChangeAnnouncer';

/** The signals channel open escalation matrices and conflict pages subscribe to. */
export const CONFLICT_SIGNAL_CHANNEL = 'agent-coordination:conflicts';

/** Ids and versions only: a page refetches the conflict through the permission-checked API. */
export interface ConflictSignal {
  [key: string]: string | number | null;
  type: string;
  conflictId: string;
  level: string | null;
  status: string | null;
  version: number | null;
}

export function publishConflictSignals(signals: SignalsService): ChangeListener {
  return async events => {
    for (const event of events) {
      const after = (event.after ?? {}) as Partial<ConflictSnapshot>;
      await signals.publish<ConflictSignal>({
        recipients: { type: 'broadcast' },
        channel: CONFLICT_SIGNAL_CHANNEL,
        message: {
          type: event.type,
          conflictId: event.subject.id,
          level: typeof after.level === 'string' ? after.level : null,
          status: typeof after.status === 'string' ? after.status : null,
          version: typeof after.version === 'number' ? after.version : null,
        },
      });
    }
  };
}
