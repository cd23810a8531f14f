import type { ConflictSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { loadConflicts } from './conflicts';

/** What the conflict permission rules look at. */
export type ConflictResource = Pick<ConflictSnapshot, 'id' | 'parties' | 'type' | 'status'> & { authority: string };

export async function loadConflictResources(
  db: Knex,
  ids: string[],
  authorityOf: (c: ConflictSnapshot) => string,
): Promise<Map<string, ConflictResource>> {
  const conflicts = await loadConflicts(db, ids);
  return new Map(
    [...conflicts].map(([id, c]) => [
      id,
      { id, parties: c.parties, type: c.type, status: c.status, authority: authorityOf(c) },
    ]),
  );
}
