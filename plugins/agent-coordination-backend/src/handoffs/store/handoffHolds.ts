import type { Knex } from 'knex';
import { withReadMode, type ReadMode } from '../../platform/store/readMode';
import type { TaskHold } from '../../tasks/holds';
import { HANDOFF_REFS, HANDOFFS } from './tables';

/** Until its receiver acknowledges it, a handoff holds the tasks it blocks. */
export const HOLDING_STATUSES = [
  'draft',
  'awaiting_acknowledgment',
  'clarification_requested',
];

/** The unacknowledged handoffs that block each of `taskIds`: what tasks ask when they would run. */
export async function unacknowledgedHandoffsBlocking(
  db: Knex,
  taskIds: string[],
  mode: ReadMode,
): Promise<Map<string, TaskHold[]>> {
  const rows: Array<{ task_id: string; handoff_id: string }> =
    await withReadMode(
      db,
      db(`${HANDOFF_REFS} as r`)
        .join(`${HANDOFFS} as h`, 'h.id', 'r.handoff_id')
        .where('r.kind', 'block')
        .whereIn('r.ref', taskIds)
        .whereIn('h.status', HOLDING_STATUSES)
        .orderBy('r.handoff_id')
        .select({ task_id: 'r.ref', handoff_id: 'r.handoff_id' }),
      mode,
    );
  const out = new Map<string, TaskHold[]>();
  for (const r of rows)
    out.set(r.task_id, [
      ...(out.get(r.task_id) ?? []),
      { type: 'handoff', id: r.handoff_id },
    ]);
  return out;
}
