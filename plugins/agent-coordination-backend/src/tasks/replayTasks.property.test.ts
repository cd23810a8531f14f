import type { TaskSnapshot } from '@agent-coordination/plugin-agent-coordination-common';
import { mockServices } from '@backstage/backend-test-utils';
import { isError } from '@backstage/errors';
import fc from 'fast-check';
import { migrationsDirectory } from '../platform/store/migrateDatabase';
import { loadAllEvents } from '../platform/store/events';
import { loadTasks } from './store/tasks';
import { createTestDatabases, recordEngine } from '../__testUtils__/testDatabases';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { replayTasks } from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../platform/actors';
import { taskMachinery } from '../__testUtils__/taskMachinery';

const databases = createTestDatabases();
const { framework } = loadFramework(mockServices.rootConfig());
const agent = (key: string) => framework.agents.find(a => a.key === key)!;
const actors: Actor[] = [
  { principal: 'user:default/cm', agent: agent('context_manager') },
  { principal: 'user:default/net', agent: agent('network_engineer') },
  { principal: 'user:default/api', agent: agent('api_developer') },
  { principal: 'user:default/nobody', agent: null },
];
const states = framework.lifecycle.states.map(s => s.name);
const kinds = ['infrastructure_changes', 'api_development', 'documentation_updates', 'general'];

const command = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    kind: fc.constantFrom(...kinds),
    assignee: fc.constantFrom('network_engineer', 'api_developer', null),
    deps: fc.array(fc.record({ pick: fc.nat(), blocking: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 2 }),
  }),
  fc.record({
    op: fc.constant('update' as const),
    pick: fc.nat(),
    title: fc.string({ minLength: 1, maxLength: 20 }).filter(s => s.trim().length > 0),
    labels: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
    assignee: fc.constantFrom('network_engineer', 'api_developer', null),
  }),
  fc.record({ op: fc.constant('transition' as const), pick: fc.nat(), to: fc.constantFrom(...states), who: fc.nat(3) }),
  // Mostly legal moves, so tasks travel the whole lifecycle and block and unblock.
  fc.record({ op: fc.constant('advance' as const), pick: fc.nat(), choice: fc.nat() }),
  fc.record({ op: fc.constant('advance' as const), pick: fc.nat(), choice: fc.nat() }),
  fc.record({ op: fc.constant('advance' as const), pick: fc.nat(), choice: fc.nat() }),
  fc.record({ op: fc.constant('addDependency' as const), pick: fc.nat(), on: fc.nat(), blocking: fc.option(fc.boolean(), { nil: undefined }) }),
  fc.record({ op: fc.constant('removeDependency' as const), pick: fc.nat() }),
);

/** Refusals (4xx) are part of the game: they must leave no trace either. */
function expected(error: unknown) {
  return isError(error) && ['RefusalError', 'InputError', 'ConflictError', 'NotAllowedError', 'NotFoundError'].includes(error.name);
}

describe.each(databases.eachSupportedId())('replaying the event log on %p', databaseId => {
  it('rebuilds exactly the stored tasks after any sequence of changes', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDirectory() });
    const service = taskMachinery(knex, { framework });
    const ids: string[] = [];

    // A fixed start that blocks and unblocks a task, so the log always holds
    // every kind of change whatever the random part produces.
    const [cm, net, api] = actors;
    const infra = (await service.createTask(cm, { title: 'infra', kind: 'infrastructure_changes', assignee: 'network_engineer' })).body.task;
    let waiting = (await service.createTask(cm, { title: 'api', kind: 'api_development', assignee: 'network_engineer', dependencies: [{ taskId: infra.id }] })).body.task;
    ids.push(infra.id, waiting.id);
    waiting = (await service.transitionTask(cm, waiting.id, { to: 'ASSIGNED', version: waiting.version })).body.task;
    waiting = (await service.transitionTask(net, waiting.id, { to: 'IN_PROGRESS', version: waiting.version })).body.task;
    expect(waiting.state).toBe('BLOCKED');
    let upstream = infra;
    for (const [to, who] of [['ASSIGNED', cm], ['IN_PROGRESS', net], ['REVIEW', net], ['COMPLETED', api]] as const) {
      upstream = (await service.transitionTask(who, upstream.id, { to, version: upstream.version })).body.task;
    }
    expect((await loadTasks(knex, [waiting.id])).get(waiting.id)?.state).toBe('IN_PROGRESS');

    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 40 }), async commands => {
        for (const c of commands) {
          const current = async (pick: number): Promise<TaskSnapshot | undefined> =>
            ids.length ? (await loadTasks(knex, [ids[pick % ids.length]])).values().next().value : undefined;
          try {
            if (c.op === 'create') {
              const deps = ids.length ? c.deps.map(d => ({ taskId: ids[d.pick % ids.length], blocking: d.blocking })) : [];
              const res = await service.createTask(actors[0], {
                title: 't',
                kind: c.kind,
                assignee: c.assignee,
                dependencies: deps.filter((d, i) => deps.findIndex(e => e.taskId === d.taskId) === i),
              });
              ids.push(res.body.task.id);
              continue;
            }
            const task = await current(c.pick);
            if (!task) continue;
            if (c.op === 'update') {
              await service.updateTask(actors[0], task.id, { version: task.version, title: c.title, labels: c.labels, assignee: c.assignee });
            } else if (c.op === 'advance') {
              const moves = [];
              for (const actor of actors) {
                const allowed = await service.allowedTransitions(actor, task.id);
                moves.push(...allowed.transitions.filter(m => m.to !== 'FAILED').map(m => ({ actor, to: m.to })));
              }
              const move = moves[c.choice % Math.max(1, moves.length)];
              if (move) await service.transitionTask(move.actor, task.id, { to: move.to, version: task.version });
            } else if (c.op === 'transition') {
              await service.transitionTask(actors[c.who], task.id, { to: c.to, version: task.version });
            } else if (c.op === 'addDependency') {
              const on = ids[c.on % ids.length];
              await service.addDependency(actors[0], task.id, { taskId: on, blocking: c.blocking, version: task.version });
            } else if (task.dependencies.length > 0) {
              await service.removeDependency(actors[0], task.id, task.dependencies[0].taskId, task.version);
            }
          } catch (error) {
            if (!expected(error)) throw error;
          }
        }
        const replayed = replayTasks(await loadAllEvents(knex));
        const stored = await loadTasks(knex, ids);
        expect(new Map([...replayed].sort())).toEqual(new Map([...stored].sort()));
      }),
      { numRuns: 15 },
    );
    // Guards against a generator that only ever produces refusals.
    const types = new Set((await loadAllEvents(knex)).map(e => e.type));
    expect([...types].sort()).toEqual(
      expect.arrayContaining([
        'task.blocked',
        'task.created',
        'task.dependency_added',
        'task.dependency_removed',
        'task.transitioned',
        'task.unblocked',
        'task.updated',
      ]),
    );
    recordEngine(databaseId);
  }, 180_000);
});
