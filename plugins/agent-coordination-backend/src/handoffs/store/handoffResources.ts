import type { HandoffSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { loadHandoffs } from './handoffs';

/** What the handoff permission rules look at. */
export type HandoffResource = Pick<
  HandoffSnapshot,
  'id' | 'from' | 'to' | 'status'
>;

export async function loadHandoffResources(
  db: Knex,
  ids: string[],
): Promise<Map<string, HandoffResource>> {
  const handoffs = await loadHandoffs(db, ids);
  return new Map(
    [...handoffs].map(([id, h]) => [
      id,
      { id, from: h.from, to: h.to, status: h.status },
    ]),
  );
}
