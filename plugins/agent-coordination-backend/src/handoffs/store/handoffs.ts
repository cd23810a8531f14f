import type { HandoffSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import { withReadMode, type ReadMode } from '../../platform/store/readMode';
import { handoffRefs, handoffToRow, rowToHandoff } from './rows';
import { HANDOFF_REFS, HANDOFFS, type HandoffRow } from './tables';

export async function loadHandoffs(
  db: Knex,
  ids: string[],
  mode: ReadMode = 'plain',
): Promise<Map<string, HandoffSnapshot>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: HandoffRow[] = await withReadMode(
    db,
    db<HandoffRow>(HANDOFFS).whereIn('id', unique),
    mode,
  );
  return new Map(rows.map(r => [r.id, rowToHandoff(r)]));
}

export async function loadHandoff(
  db: Knex,
  id: string,
): Promise<HandoffSnapshot | undefined> {
  return (await loadHandoffs(db, [id])).get(id);
}

export async function insertHandoff(tx: Knex, handoff: HandoffSnapshot) {
  await tx(HANDOFFS).insert(handoffToRow(handoff));
  await tx(HANDOFF_REFS).insert(handoffRefs(handoff));
}

/**
 * Writes `after` over `before` if nobody changed the handoff since `before`
 * was read: of two writers (a sweep and an acknowledgment among them)
 * exactly one wins. The refs never change after the opening.
 */
export async function updateHandoff(
  tx: Knex,
  before: HandoffSnapshot,
  after: HandoffSnapshot,
): Promise<boolean> {
  const { id: _id, created_at: _c, ...row } = handoffToRow(after);
  const updated = await tx(HANDOFFS)
    .where({ id: before.id, version: before.version })
    .update(row);
  return updated === 1;
}
