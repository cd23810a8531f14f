import { findCycle, type Task } from '@agent-coordination/plugin-agent-coordination-common';
import { mockServices } from '@backstage/backend-test-utils';
import { isError } from '@backstage/errors';
import { randomUUID } from 'crypto';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { loadDependencyEdges } from '../store/dependencies';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import type { Actor } from '../../platform/actors';
import { taskMachinery } from '../../__testUtils__/taskMachinery';

const databases = createTestDatabases();
const { framework } = loadFramework(mockServices.rootConfig());
const cm: Actor = { principal: 'user:default/cm', agent: framework.agents.find(a => a.key === 'context_manager')! };
const ROUNDS = 6;

/*
 * Each addition is checked against the graph as its transaction sees it. On
 * PostgreSQL and MySQL two additions that together close a cycle can each see
 * an acyclic graph without the other's edge; only serializing them keeps the
 * graph a DAG. SQLite serializes writers by itself, so it passes either way.
 */
describe.each(databases.eachSupportedId())('concurrent dependency additions on %p', databaseId => {
  it('never commit a cycle, and refuse exactly the addition that would close one', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDirectory() });
    const service = taskMachinery(knex, { framework });
    const create = async (title: string, dependsOn: Task[] = []) =>
      (
        await service.createTask(cm, {
          title,
          kind: 'general',
          dependencies: dependsOn.map(d => ({ taskId: d.id })),
        })
      ).body.task;

    for (let round = 0; round < ROUNDS; round++) {
      // A ring of four, each adding its edge to the next.
      const ring = [await create('r0'), await create('r1'), await create('r2'), await create('r3')];
      // Two tasks adding each other.
      const [x, y] = [await create('x'), await create('y')];
      // Existing edges B -> C and D -> A; adding A -> B and C -> D closes A -> B -> C -> D -> A.
      const c = await create('c');
      const a = await create('a');
      const b = await create('b', [c]);
      const d = await create('d', [a]);

      const additions: Array<{ group: string; from: Task; to: Task }> = [
        ...ring.map((t, i) => ({ group: 'ring', from: t, to: ring[(i + 1) % ring.length] })),
        { group: 'pair', from: x, to: y },
        { group: 'pair', from: y, to: x },
        { group: 'chain', from: a, to: b },
        { group: 'chain', from: c, to: d },
      ];
      const outcomes = await Promise.allSettled(
        additions.map(({ from, to }, i) =>
          service.addDependency(
            cm,
            from.id,
            { taskId: to.id, version: from.version },
            // Half with an Idempotency-Key: its lookup is the transaction's first read.
            i % 2 === 0
              ? { key: randomUUID(), route: `POST /tasks/${from.id}/dependencies`, requestHash: `h${i}` }
              : undefined,
          ),
        ),
      );

      const results = outcomes.map((outcome, i) => ({
        ...additions[i],
        status: outcome.status === 'fulfilled' ? outcome.value.status : undefined,
        error:
          outcome.status === 'rejected'
            ? { name: isError(outcome.reason) ? outcome.reason.name : String(outcome.reason), message: String(outcome.reason?.message) }
            : undefined,
      }));
      const refused = results.filter(r => r.error);
      expect(results.filter(r => !r.error).map(r => r.status)).toEqual(results.filter(r => !r.error).map(() => 201));
      // Every refusal is the cycle refusal, naming the addition refused.
      expect(refused.map(r => r.error)).toEqual(
        refused.map(r => ({
          name: 'ConflictError',
          message: expect.stringContaining(
            `Task ${r.from.id} cannot depend on ${r.to.id}: that would create a dependency cycle`,
          ),
        })),
      );

      const edges = await loadDependencyEdges(knex);
      const nodes = [...new Set(edges.flatMap(e => [e.from, e.to]))];
      expect({ round, cycle: findCycle({ nodes, edges }) }).toEqual({ round, cycle: undefined });
      // Serialized, every group commits all its edges but the one closing its cycle.
      expect({ round, refused: refused.map(r => r.group).sort() }).toEqual({
        round,
        refused: ['chain', 'pair', 'ring'],
      });
    }
    recordEngine(databaseId);
  }, 120_000);
});
