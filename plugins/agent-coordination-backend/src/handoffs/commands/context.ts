import {
  HANDOFF_SUBJECT,
  handoffChangeEvent,
  type CoordinationFramework,
  type Decision,
  type HandoffChangeType,
  type HandoffSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { Actor } from '../../platform/actors';
import {
  RefusalError,
  refused,
  StaleWrite,
  type SubjectRef,
} from '../../platform/changes/errors';
import type { EventWriter } from '../../platform/changes/EventWriter';
import type { TasksNoun } from '../../tasks';
import { loadHandoff, updateHandoff } from '../store/handoffs';

/** What every handoff command gets: the framework, the tasks it may hold, the caller and the open transaction. */
export interface HandoffCommandContext {
  framework: CoordinationFramework;
  tasks: Pick<TasksNoun, 'hold' | 'release'>;
  writer: EventWriter;
  actor: Actor;
}

export function handoffSubject(id: string): SubjectRef {
  return { type: HANDOFF_SUBJECT, id };
}

export function decided<T>(decision: Decision<T>, id: string): T {
  if (!decision.ok) throw refused(decision.refusal, handoffSubject(id));
  return decision.value;
}

export async function requireHandoff(
  db: Knex,
  id: string,
): Promise<HandoffSnapshot> {
  const handoff = await loadHandoff(db, id);
  if (!handoff) {
    throw new RefusalError({
      code: 'not_found',
      rule: 'no_such_handoff',
      message: `No handoff with id '${id}'`,
    });
  }
  return handoff;
}

/**
 * Saves `after` over `before` with its event, conditional on `before`'s
 * version: of two writers exactly one wins, the other gets a stale write.
 */
export async function saveHandoff(
  writer: EventWriter,
  type: Exclude<HandoffChangeType, 'handoff.opened'>,
  before: HandoffSnapshot,
  after: HandoffSnapshot,
  reason: string | null,
  actor?: Actor,
): Promise<HandoffSnapshot> {
  if (!(await updateHandoff(writer.tx, before, after)))
    throw new StaleWrite(handoffSubject(before.id), before.version);
  await writer.record(handoffChangeEvent(type, before, after, reason), actor);
  return after;
}
