import {
  CONFLICT_SUBJECT,
  authorityAt,
  conflictChangeEvent,
  type ConflictActor,
  type ConflictChangeType,
  type ConflictSnapshot,
  type CoordinationFramework,
  type Decision,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { Actor } from '../../platform/actors';
import { RefusalError, refused, StaleWrite, type SubjectRef } from '../../platform/changes/errors';
import type { EventWriter } from '../../platform/changes/EventWriter';
import type { TasksNoun } from '../../tasks';
import { insertConflict, loadConflict, updateConflict } from '../store/conflicts';

/** What every conflict command gets: the framework, the tasks it may hold, and the open transaction. */
export interface ConflictCommandContext {
  framework: CoordinationFramework;
  tasks: Pick<TasksNoun, 'hold' | 'release'>;
  writer: EventWriter;
  /** The caller, with the catalog groups a signed-in user belongs to. */
  actor: ConflictActor & Actor;
}

export function conflictSubject(id: string): SubjectRef {
  return { type: CONFLICT_SUBJECT, id };
}

export function decided<T>(decision: Decision<T>, id: string): T {
  if (!decision.ok) throw refused(decision.refusal, conflictSubject(id));
  return decision.value;
}

export async function requireConflict(db: Knex, id: string): Promise<ConflictSnapshot> {
  const conflict = await loadConflict(db, id);
  if (!conflict) {
    throw new RefusalError({ code: 'not_found', rule: 'no_such_conflict', message: `No conflict with id '${id}'` });
  }
  return conflict;
}

/** The authority id a conflict's row records for its current level (permission rules filter on it). */
export function authorityIdOf(framework: CoordinationFramework, conflict: ConflictSnapshot): string {
  return authorityAt(framework, conflict, conflict.level).id;
}

/** When the SLA sweep next acts on a conflict: its deadline, or its next reminder once breached. */
export function dueAtOf(conflict: ConflictSnapshot, nextReminder?: string): string {
  return conflict.breachedAt ? nextReminder ?? conflict.deadlineAt : conflict.deadlineAt;
}

export async function createConflictRow(ctx: ConflictCommandContext, conflict: ConflictSnapshot) {
  await insertConflict(ctx.writer.tx, conflict, authorityIdOf(ctx.framework, conflict), dueAtOf(conflict));
  await ctx.writer.record(conflictChangeEvent('conflict.opened', null, conflict, null));
}

/**
 * Saves `changes` over `before` as the next version with its event,
 * conditional on `before`'s version: of two writers (two sweeps, a sweep
 * and a decision) exactly one wins, the other gets a stale write.
 */
export async function saveConflict(
  ctx: Pick<ConflictCommandContext, 'framework' | 'writer'>,
  type: Exclude<ConflictChangeType, 'conflict.opened'>,
  before: ConflictSnapshot,
  changes: Partial<ConflictSnapshot>,
  reason: string | null,
  options: { actor?: Actor; dueAt?: string } = {},
): Promise<ConflictSnapshot> {
  const after: ConflictSnapshot = {
    ...before,
    ...changes,
    version: before.version + 1,
    updatedAt: ctx.writer.nowIso,
  };
  const saved = await updateConflict(
    ctx.writer.tx,
    before,
    after,
    authorityIdOf(ctx.framework, after),
    options.dueAt ?? dueAtOf(after),
  );
  if (!saved) throw new StaleWrite(conflictSubject(before.id), before.version);
  await ctx.writer.record(conflictChangeEvent(type, before, after, reason), options.actor);
  return after;
}
