import type { Task, TaskSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import { mockServices } from '@backstage/backend-test-utils';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { loadAllEvents } from '../../platform/store/events';
import { loadTasks } from '../store/tasks';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { replayTasks } from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../../platform/actors';
import { taskMachinery } from '../../__testUtils__/taskMachinery';

const databases = createTestDatabases();
const { framework } = loadFramework(mockServices.rootConfig());
const agent = (key: string) => framework.agents.find(a => a.key === key)!;
const cm: Actor = { principal: 'user:default/cm', agent: agent('context_manager') };
const net: Actor = { principal: 'user:default/net', agent: agent('network_engineer') };
/** Who moves a task assigned to network_engineer into each state. */
const mover: Record<string, Actor> = { ASSIGNED: cm, IN_PROGRESS: net, REVIEW: net, COMPLETED: cm };
const ROUNDS = 8;

/** Every BLOCKED task waits on an unfinished blocking dependency; no IN_PROGRESS task does. */
function violations(tasks: Map<string, TaskSnapshot>): string[] {
  const out: string[] = [];
  for (const task of tasks.values()) {
    const waiting = task.dependencies.filter(d => d.blocking && tasks.get(d.taskId)?.state !== 'COMPLETED');
    if (task.state === 'BLOCKED' && waiting.length === 0) {
      out.push(`${task.title} is BLOCKED with every blocking dependency COMPLETED`);
    }
    if (task.state === 'IN_PROGRESS' && waiting.length > 0) {
      out.push(`${task.title} is IN_PROGRESS waiting on ${waiting.map(d => tasks.get(d.taskId)?.title).join(', ')}`);
    }
  }
  return out;
}

/*
 * Auto-block decides from the states of a task's dependencies, auto-unblock
 * from the state of its dependents. On PostgreSQL and MySQL two transactions
 * can each decide from a state the other is changing (write skew), leaving a
 * task blocked on finished work. SQLite serializes writers, so it passes
 * either way.
 */
describe.each(databases.eachSupportedId())('auto-block and auto-unblock under concurrency on %p', databaseId => {
  it('keep blocked tasks waiting on unfinished work, and running tasks on none', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDirectory() });
    const service = taskMachinery(knex, { framework });
    const ids: string[] = [];
    const create = async (title: string, dependsOn: Task[] = []) => {
      const { task } = (
        await service.createTask(cm, {
          title,
          kind: 'general',
          assignee: 'network_engineer',
          dependencies: dependsOn.map(d => ({ taskId: d.id, blocking: true })),
        })
      ).body;
      ids.push(task.id);
      return task;
    };
    const move = async (task: Task, to: string) =>
      (await service.transitionTask(mover[to], task.id, { to, version: task.version })).body.task;
    const walk = async (task: Task, states: string[]) => {
      let current = task;
      for (const to of states) current = await move(current, to);
      return current;
    };
    const toReview = ['ASSIGNED', 'IN_PROGRESS', 'REVIEW'];

    for (let round = 0; round < ROUNDS; round++) {
      // 1. The last two blocking dependencies of a blocked task complete at once.
      const a1 = await walk(await create(`${round}.1 a`), toReview);
      const c1 = await walk(await create(`${round}.1 c`), toReview);
      const b1 = await walk(await create(`${round}.1 b`, [a1, c1]), ['ASSIGNED', 'IN_PROGRESS']);
      expect(b1.state).toBe('BLOCKED');
      // 2. A task starts while its only blocking dependency completes.
      const a2 = await walk(await create(`${round}.2 a`), toReview);
      const b2 = await walk(await create(`${round}.2 b`, [a2]), ['ASSIGNED']);
      // 3. A running task gets a blocking dependency while that dependency completes.
      const a3 = await walk(await create(`${round}.3 a`), toReview);
      const b3 = await walk(await create(`${round}.3 b`), ['ASSIGNED', 'IN_PROGRESS']);
      // 4. A blocked task drops one dependency while the other completes.
      const a4 = await walk(await create(`${round}.4 a`), toReview);
      const c4 = await walk(await create(`${round}.4 c`), toReview);
      const b4 = await walk(await create(`${round}.4 b`, [a4, c4]), ['ASSIGNED', 'IN_PROGRESS']);
      expect(b4.state).toBe('BLOCKED');

      const outcomes = await Promise.allSettled([
        move(a1, 'COMPLETED'),
        move(c1, 'COMPLETED'),
        move(b2, 'IN_PROGRESS'),
        move(a2, 'COMPLETED'),
        service.addDependency(cm, b3.id, { taskId: a3.id, blocking: true, version: b3.version }),
        move(a3, 'COMPLETED'),
        service.removeDependency(cm, b4.id, c4.id, b4.version),
        move(a4, 'COMPLETED'),
      ]);
      // Deadlocks between these are expected, and retried: none may surface.
      const failures = outcomes.flatMap(o => (o.status === 'rejected' ? [String(o.reason)] : []));
      expect({ round, failures }).toEqual({ round, failures: [] });

      const stored = await loadTasks(knex, ids);
      expect({ round, violations: violations(stored) }).toEqual({ round, violations: [] });
      for (const b of [b1, b2, b3, b4]) {
        expect({ round, task: b.title, state: stored.get(b.id)?.state }).toEqual({
          round,
          task: b.title,
          state: 'IN_PROGRESS',
        });
      }
      const replayed = replayTasks(await loadAllEvents(knex));
      expect(new Map([...replayed].sort())).toEqual(new Map([...stored].sort()));
    }
    recordEngine(databaseId);
  }, 180_000);
});
