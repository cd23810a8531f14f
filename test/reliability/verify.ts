/*
 * The reliability suite's look at the database itself (loaded by run.mjs
 * through sucrase): the event log replayed against the state rows, with the
 * plugin's own readers, so "no half-applied change" means what the replay
 * property test means by it: every state row is what its events rebuild, and
 * every event's subject is a row.
 */
import type { Knex } from 'knex';
import { isDeepStrictEqual } from 'node:util';
import {
  replayTasks,
  isConflictChange,
} from '@agent-coordination/plugin-agent-coordination-common';
import { loadAllEvents } from '../../plugins/agent-coordination-backend/src/platform/store/events';
import { loadTasks } from '../../plugins/agent-coordination-backend/src/tasks/store/tasks';
import { loadConflicts } from '../../plugins/agent-coordination-backend/src/conflicts/store/conflicts';

export interface LogCheck {
  tasks: number;
  conflicts: number;
  events: number;
  /** One line per disagreement between the log and the rows; empty when they agree. */
  problems: string[];
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null));

export async function checkLogAgainstState(knex: Knex): Promise<LogCheck> {
  const problems: string[] = [];
  const events = await loadAllEvents(knex);

  let replayedTasks = new Map<string, unknown>();
  try {
    replayedTasks = replayTasks(events);
  } catch (error) {
    problems.push(`task replay: ${(error as Error).message}`);
  }
  const taskIds = (await knex('coordination_tasks').select('id')).map(
    r => r.id as string,
  );
  const storedTasks = await loadTasks(knex, taskIds);
  for (const [id, task] of storedTasks) {
    const replayed = replayedTasks.get(id);
    if (!replayed) problems.push(`task ${id} has no events`);
    else if (!isDeepStrictEqual(json(replayed), json(task))) {
      problems.push(
        `task ${id}: state ${JSON.stringify(
          task,
        )} but its events rebuild ${JSON.stringify(replayed)}`,
      );
    }
  }
  for (const id of replayedTasks.keys()) {
    if (!storedTasks.has(id))
      problems.push(`events of task ${id}, which has no row`);
  }

  const replayedConflicts = new Map<string, unknown>();
  for (const event of events) {
    if (event.subject.type !== 'conflict' || !isConflictChange(event.type))
      continue;
    const id = event.subject.id;
    const current = replayedConflicts.get(id) ?? null;
    if (!isDeepStrictEqual(json(event.before), json(current))) {
      problems.push(
        `event ${event.id} (${event.type} on conflict ${id}) does not follow the replayed state`,
      );
    }
    replayedConflicts.set(id, event.after);
  }
  const conflictIds = (await knex('coordination_conflicts').select('id')).map(
    r => r.id as string,
  );
  const storedConflicts = await loadConflicts(knex, conflictIds);
  for (const [id, conflict] of storedConflicts) {
    const replayed = replayedConflicts.get(id);
    if (!replayed) problems.push(`conflict ${id} has no events`);
    else if (!isDeepStrictEqual(json(replayed), json(conflict))) {
      problems.push(
        `conflict ${id}: state ${JSON.stringify(
          conflict,
        )} but its events rebuild ${JSON.stringify(replayed)}`,
      );
    }
  }
  for (const id of replayedConflicts.keys()) {
    if (!storedConflicts.has(id))
      problems.push(`events of conflict ${id}, which has no row`);
  }
  return {
    tasks: storedTasks.size,
    conflicts: storedConflicts.size,
    events: events.length,
    problems,
  };
}
