import { mockServices } from '@backstage/backend-test-utils';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { lifecycleRoles } from '@agent-coordination/plugin-agent-coordination-common';
import type { TaskCondition as TaskQuery } from './taskConditions';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { TASKS, type TaskRow } from './tables';
import { countOpenTasks } from './countOpenTasks';

const databases = createTestDatabases();
const { terminal } = lifecycleRoles(
  loadFramework(mockServices.rootConfig()).framework.lifecycle,
);

let nextId = 1;
function row(
  assignee: string | null,
  state: string,
  component: string | null = null,
): TaskRow {
  const id = `t-${nextId++}`;
  return {
    id,
    title: id,
    description: null,
    kind: 'general',
    component,
    assignee,
    priority: 'P2',
    estimate: null,
    due_date: null,
    state,
    version: 1,
    created_by: 'user:default/guest',
    created_at: '2026-01-01T00:00:00.000Z',
    state_entered_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  };
}

const asObject = (counts: Map<string, number>) => Object.fromEntries(counts);

describe.each(databases.eachSupportedId())(
  'countOpenTasks on %p',
  databaseId => {
    let knex: Knex;
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDirectory() });
      await knex(TASKS).insert([
        row('network_engineer', 'CREATED', 'component:default/vpc'),
        row('network_engineer', 'IN_PROGRESS'),
        row('network_engineer', 'BLOCKED', 'component:default/dns'),
        row('network_engineer', 'COMPLETED', 'component:default/vpc'),
        row('network_engineer', 'FAILED'),
        row('api_developer', 'REVIEW', 'component:default/vpc'),
        row('security_specialist', 'COMPLETED'),
        row(null, 'CREATED', 'component:default/vpc'),
      ]);
    }, 60_000);

    it('counts the non-terminal tasks of every assignee in one query', async () => {
      expect(terminal).toEqual(['COMPLETED', 'FAILED']);
      const queries: string[] = [];
      const onQuery = (q: { sql: string }) => queries.push(q.sql);
      knex.on('query', onQuery);
      try {
        const counts = await countOpenTasks(knex, { terminal });
        // Counts are numbers on every engine; agents with only finished tasks and unassigned tasks are absent.
        expect(asObject(counts)).toEqual({
          network_engineer: 3,
          api_developer: 1,
        });
      } finally {
        knex.off('query', onQuery);
      }
      expect(queries).toHaveLength(1);
      recordEngine(databaseId);
    });

    it('counts every task when no state is terminal', async () => {
      const counts = await countOpenTasks(knex, { terminal: [] });
      expect(asObject(counts)).toEqual({
        network_engineer: 5,
        api_developer: 1,
        security_specialist: 1,
      });
    });

    it.each<[string, PermissionCriteria<TaskQuery>, Record<string, number>]>([
      [
        'an assignee condition',
        { column: 'assignee', values: ['api_developer'] },
        { api_developer: 1 },
      ],
      [
        'a component condition',
        { column: 'component', values: ['component:default/vpc'] },
        { network_engineer: 1, api_developer: 1 },
      ],
      [
        'a negated condition',
        { not: { column: 'assignee', values: ['network_engineer'] } },
        { api_developer: 1 },
      ],
      [
        'conditions combined',
        {
          anyOf: [
            { column: 'assignee', values: ['api_developer'] },
            {
              allOf: [
                { column: 'state', values: ['BLOCKED'] },
                { column: 'component', values: ['component:default/dns'] },
              ],
            },
          ],
        },
        { network_engineer: 1, api_developer: 1 },
      ],
      // Outside the types, but a transformed policy can hold them and applyConditions handles them.
      [
        'an empty anyOf (nothing)',
        { anyOf: [] } as unknown as PermissionCriteria<TaskQuery>,
        {},
      ],
      [
        'an empty allOf (everything)',
        { allOf: [] } as unknown as PermissionCriteria<TaskQuery>,
        { network_engineer: 3, api_developer: 1 },
      ],
    ])(
      'honours %s from the permission policy',
      async (_name, permission, expected) => {
        expect(
          asObject(await countOpenTasks(knex, { terminal, permission })),
        ).toEqual(expected);
      },
    );
  },
);
