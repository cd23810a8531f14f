import type { Knex } from 'knex';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { TASKS, type TaskRow } from './tables';
import { moveTaskStates } from './moveTaskStates';

const databases = createTestDatabases();

function row(id: string, state: string, version: number): TaskRow {
  return {
    id,
    title: id,
    description: null,
    kind: 'general',
    component: null,
    assignee: 'network_engineer',
    priority: 'P2',
    estimate: null,
    due_date: null,
    state,
    version,
    created_by: 'user:default/guest',
    created_at: '2026-01-01T00:00:00.000Z',
    state_entered_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  };
}

async function states(knex: Knex) {
  const rows = await knex(TASKS).select('id', 'state', 'version', 'updated_at').orderBy('id');
  return rows.map(r => `${r.id} ${r.state} v${r.version} ${r.updated_at}`);
}

describe.each(databases.eachSupportedId())('moveTaskStates on %p', databaseId => {
  let knex: Knex;
  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDirectory() });
    await knex(TASKS).insert([row('a', 'IN_PROGRESS', 3), row('b', 'REVIEW', 1), row('c', 'CREATED', 7)]);
    recordEngine(databaseId);
  }, 60_000);

  it('moves each task to its own state in one statement, bumping versions', async () => {
    const sql: string[] = [];
    const onQuery = (q: { sql: string }) => sql.push(q.sql);
    knex.on('query', onQuery);
    const moved = await moveTaskStates(
      knex,
      [
        { id: 'a', fromVersion: 3, state: 'REVIEW' },
        { id: 'b', fromVersion: 1, state: 'IN_PROGRESS' },
      ],
      '2026-02-02T00:00:00.000Z',
    );
    knex.off('query', onQuery);
    expect(moved).toBe(2);
    expect(sql).toHaveLength(1);
    expect(await states(knex)).toEqual([
      'a REVIEW v4 2026-02-02T00:00:00.000Z',
      'b IN_PROGRESS v2 2026-02-02T00:00:00.000Z',
      'c CREATED v7 2026-01-01T00:00:00.000Z',
    ]);
  });

  it('skips a task whose version moved on and says so in the count', async () => {
    const moved = await moveTaskStates(
      knex,
      [
        { id: 'a', fromVersion: 2, state: 'REVIEW' },
        { id: 'c', fromVersion: 7, state: 'ASSIGNED' },
      ],
      '2026-02-02T00:00:00.000Z',
    );
    expect(moved).toBe(1);
    expect(await states(knex)).toEqual([
      'a IN_PROGRESS v3 2026-01-01T00:00:00.000Z',
      'b REVIEW v1 2026-01-01T00:00:00.000Z',
      'c ASSIGNED v8 2026-02-02T00:00:00.000Z',
    ]);
  });

  it('does nothing for no moves', async () => {
    expect(await moveTaskStates(knex, [], '2026-02-02T00:00:00.000Z')).toBe(0);
    expect(await states(knex)).toHaveLength(3);
  });
});
