import { mockServices } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { loadAllEvents } from '../../platform/store/events';
import { loadTasks } from '../store/tasks';
import { TASKS } from '../store/tables';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { StaleVersionError } from '../../platform/changes/errors';
import { replayTasks } from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../../platform/actors';
import { taskMachinery, type TaskMachinery } from '../../__testUtils__/taskMachinery';

// loadTasks stays the real one; one test makes a single call of it also move a task on.
jest.mock('../store/tasks', () => {
  const actual = jest.requireActual('../store/tasks');
  return { ...actual, loadTasks: jest.fn(actual.loadTasks) };
});
const realLoadTasks: typeof loadTasks = jest.requireActual('../store/tasks').loadTasks;

const databases = createTestDatabases();
const { framework } = loadFramework(mockServices.rootConfig());
const agent = (key: string) => framework.agents.find(a => a.key === key)!;
const cm: Actor = { principal: 'user:default/cm', agent: agent('context_manager') };
const dev: Actor = { principal: 'user:default/dev', agent: agent('api_developer') };

/** Counts the transactions a piece of work opens. */
async function countTransactions(knex: Knex, work: () => Promise<unknown>) {
  let begins = 0;
  const onQuery = (q: { sql: string }) => {
    if (/^(begin|start transaction)/i.test(q.sql.trim())) begins++;
  };
  knex.on('query', onQuery);
  try {
    await work();
  } finally {
    knex.off('query', onQuery);
  }
  return begins;
}

async function expectReplayMatches(knex: Knex) {
  const events = await loadAllEvents(knex);
  const replayed = replayTasks(events);
  const stored = await loadTasks(knex, [...replayed.keys()]);
  expect(new Map([...stored].map(([id, t]) => [id, t]))).toEqual(replayed);
}

describe.each(databases.eachSupportedId())('TaskMachinery transitions, group-committed, on %p', databaseId => {
  let knex: Knex;
  let service: TaskMachinery;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDirectory() });
    service = taskMachinery(knex, { framework });
    recordEngine(databaseId);
  }, 60_000);

  const create = async (input: { assignee?: string; dependencies?: string[] } = {}) =>
    (
      await service.createTask(cm, {
        title: 'work',
        kind: 'general',
        assignee: input.assignee ?? 'api_developer',
        dependencies: (input.dependencies ?? []).map(taskId => ({ taskId, blocking: true })),
      })
    ).body.task;

  it('writes concurrent transitions of different tasks together, each with its event', async () => {
    const tasks = await Promise.all(Array.from({ length: 12 }, () => create()));
    let results: Awaited<ReturnType<TaskMachinery['transitionTask']>>[] = [];
    const transactions = await countTransactions(knex, async () => {
      results = await Promise.all(tasks.map(t => service.transitionTask(cm, t.id, { to: 'ASSIGNED', version: t.version })));
    });
    expect(results.map(r => [r.status, r.body.task.state, r.body.task.version])).toEqual(
      tasks.map(() => [200, 'ASSIGNED', 2]),
    );
    // One transaction per batch: far fewer than one per transition.
    expect(transactions).toBeGreaterThanOrEqual(1);
    expect(transactions).toBeLessThan(tasks.length);
    const transitioned = (await loadAllEvents(knex)).filter(e => e.type === 'task.transitioned');
    expect(transitioned.map(e => e.subject.id).sort()).toEqual(tasks.map(t => t.id).sort());
    await expectReplayMatches(knex);
  });

  it('gives each transition of a batch its own outcome', async () => {
    const [a, b, c] = await Promise.all([create(), create(), create()]);
    const outcomes = await Promise.allSettled([
      service.transitionTask(cm, a.id, { to: 'ASSIGNED', version: a.version }),
      // Same task, same version: exactly one of the two wins.
      service.transitionTask(cm, b.id, { to: 'ASSIGNED', version: b.version }),
      service.transitionTask(cm, b.id, { to: 'ASSIGNED', version: b.version }),
      // Not a transition of the lifecycle.
      service.transitionTask(cm, c.id, { to: 'COMPLETED', version: c.version }),
      // Only the context manager assigns.
      service.transitionTask(dev, c.id, { to: 'ASSIGNED', version: c.version }),
      service.transitionTask(cm, 'no-such-task', { to: 'ASSIGNED', version: 1 }),
    ]);
    const summary = outcomes.map(o =>
      o.status === 'fulfilled' ? `${o.value.status} ${o.value.body.task.state}` : `${(o.reason as Error).name}`,
    );
    expect(summary[0]).toBe('200 ASSIGNED');
    expect([summary[1], summary[2]].sort()).toEqual(['200 ASSIGNED', 'ConflictError']);
    expect(summary.slice(3)).toEqual(['ConflictError', 'NotAllowedError', 'NotFoundError']);
    const stale = [outcomes[1], outcomes[2]].find(o => o.status === 'rejected') as PromiseRejectedResult;
    expect(stale.reason).toBeInstanceOf(StaleVersionError);
    expect((stale.reason as StaleVersionError).current).toMatchObject({ id: b.id, version: 2, state: 'ASSIGNED' });
    expect((await loadAllEvents(knex)).filter(e => e.type === 'task.transitioned')).toHaveLength(2);
    await expectReplayMatches(knex);
  });

  it('rolls a batch back and runs its transitions alone when a task moved between its read and its write', async () => {
    const [a, b] = await Promise.all([create(), create()]);
    // The batch's read returns the tasks, then someone else moves task a on
    // (here: inside the same transaction, so the rollback undoes it too).
    const spy = jest.mocked(loadTasks).mockImplementationOnce(async (tx, ids, mode) => {
      const read = await realLoadTasks(tx, ids, mode);
      await tx(TASKS).where({ id: a.id }).increment('version', 1);
      return read;
    });
    try {
      let results: Awaited<ReturnType<TaskMachinery['transitionTask']>>[] = [];
      const transactions = await countTransactions(knex, async () => {
        results = await Promise.all([
          service.transitionTask(cm, a.id, { to: 'ASSIGNED', version: a.version }),
          service.transitionTask(cm, b.id, { to: 'ASSIGNED', version: b.version }),
        ]);
      });
      expect(spy).toHaveBeenCalled();
      // Both still succeed, each in a transaction of its own after the batch's.
      expect(results.map(r => [r.status, r.body.task.state, r.body.task.version])).toEqual([
        [200, 'ASSIGNED', 2],
        [200, 'ASSIGNED', 2],
      ]);
      expect(transactions).toBeGreaterThanOrEqual(3);
      expect((await loadAllEvents(knex)).filter(e => e.type === 'task.transitioned')).toHaveLength(2);
      await expectReplayMatches(knex);
    } finally {
      spy.mockImplementation(realLoadTasks);
    }
  });

  it('keeps auto-block and auto-unblock for transitions that involve other tasks', async () => {
    const dep = await create();
    const waiting = await create({ dependencies: [dep.id] });
    const other = await create();
    const v = { dep: dep.version, waiting: waiting.version };
    const step = async (actor: Actor, id: string, to: string, version: number) =>
      (await service.transitionTask(actor, id, { to, version })).body.task;

    [v.dep, v.waiting] = (
      await Promise.all([
        step(cm, dep.id, 'ASSIGNED', v.dep),
        step(cm, waiting.id, 'ASSIGNED', v.waiting),
        step(cm, other.id, 'ASSIGNED', other.version),
      ])
    ).map(t => t.version);
    // Starting the waiting task with a blocking dependency unfinished ends in BLOCKED.
    const [started, depStarted] = await Promise.all([
      step(dev, waiting.id, 'IN_PROGRESS', v.waiting),
      step(dev, dep.id, 'IN_PROGRESS', v.dep),
    ]);
    expect(started.state).toBe('BLOCKED');
    expect(started.blockedBy).toEqual([dep.id]);
    // Review, then completion (which releases the waiting task), sent back to back.
    const inReview = await step(dev, dep.id, 'REVIEW', depStarted.version);
    const [done] = await Promise.all([
      step(cm, dep.id, 'COMPLETED', inReview.version),
      step(cm, other.id, 'FAILED', other.version + 1),
    ]);
    expect(done.state).toBe('COMPLETED');
    expect((await service.getTask(waiting.id)).state).toBe('IN_PROGRESS');

    await expectReplayMatches(knex);
  });
});
