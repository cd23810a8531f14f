import {
  planChangeSet,
  type ChangeSetRequest,
  type ConflictSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import { createHash } from 'crypto';
import { refused } from '../../platform/changes/errors';
import { takeLock } from '../../platform/store/locks';
import { changeSetExists, insertChangeSet } from '../store/changeSets';
import { loadConflicts } from '../store/conflicts';
import { CONFLICTS } from '../store/tables';
import type { ConflictCommandContext } from './context';
import { openConflict } from './openConflict';

/** The same agent and paths (in any order, any spelling of the same path) are the same change set. */
export function changeSetId(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Checks a change set against the framework's ownership and opens the
 * ownership conflicts it calls for, once: the change set is recorded in the
 * same transaction, and change sets are checked one at a time (a lock row),
 * so the same one sent twice, even at once, opens nothing twice.
 */
export async function submitChangeSet(ctx: ConflictCommandContext, input: ChangeSetRequest) {
  const plan = planChangeSet(ctx.framework, input);
  if (!plan.ok) throw refused(plan.refusal);
  const id = changeSetId(plan.value.key);
  await takeLock(ctx.writer.tx, 'change_sets');
  let opened: ConflictSnapshot[] = [];
  if (!(await changeSetExists(ctx.writer.tx, id))) {
    await insertChangeSet(ctx.writer.tx, {
      id,
      agent: plan.value.agent,
      paths: plan.value.paths.map(p => p.path),
      ref: input.ref ?? null,
      createdBy: ctx.actor.principal,
      createdAt: ctx.writer.nowIso,
    });
    for (const c of plan.value.conflicts) {
      opened.push(
        await openConflict(
          ctx,
          {
            type: ctx.framework.conflictPolicy.ownershipConflictType,
            title: c.title,
            description: c.description,
            parties: c.parties,
            subject: { paths: c.paths },
          },
          id,
        ),
      );
    }
  }
  const ids: Array<{ id: string }> = await ctx.writer.tx(CONFLICTS).where('change_set', id).orderBy('created_at').select('id');
  const all = await loadConflicts(ctx.writer.tx, ids.map(r => r.id));
  opened = opened.filter(Boolean);
  return {
    id,
    agent: plan.value.agent,
    paths: plan.value.paths.map(p => ({
      path: p.path,
      owners: p.lookup.owners,
      primary: p.lookup.primary,
      conflict: p.lookup.conflict,
      foreign: p.foreign,
    })),
    conflicts: ids.map(r => all.get(r.id)!),
    opened: opened.length,
  };
}
