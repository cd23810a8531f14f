import type { HandoffSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { SignalsService } from '@backstage/plugin-signals-node';
import type { ChangeListener } from '../platform/changes/ChangeAnnouncer';

/** The signals channel open handoff pages subscribe to. */
export const HANDOFF_SIGNAL_CHANNEL = 'agent-coordination:handoffs';

/** Ids, agent keys and versions only: a page refetches the handoff through the permission-checked API. */
export interface HandoffSignal {
  [key: string]: string | number | null;
  type: string;
  handoffId: string;
  from: string | null;
  to: string | null;
  stage: string | null;
  status: string | null;
  version: number | null;
}

export function publishHandoffSignals(signals: SignalsService): ChangeListener {
  return async events => {
    for (const event of events) {
      const after = (event.after ?? {}) as Partial<HandoffSnapshot>;
      await signals.publish<HandoffSignal>({
        recipients: { type: 'broadcast' },
        channel: HANDOFF_SIGNAL_CHANNEL,
        message: {
          type: event.type,
          handoffId: event.subject.id,
          from: after.from ?? null,
          to: after.to ?? null,
          stage: after.stage ?? null,
          status: after.status ?? null,
          version: typeof after.version === 'number' ? after.version : null,
        },
      });
    }
  };
}
