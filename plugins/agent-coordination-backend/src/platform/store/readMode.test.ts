import knexFactory, { type Knex } from 'knex';
import { withReadMode, type ReadMode } from './readMode';

const clients: Record<string, Knex> = {
  pg: knexFactory({ client: 'pg' }),
  mysql2: knexFactory({ client: 'mysql2' }),
  'better-sqlite3': knexFactory({ client: 'better-sqlite3', useNullAsDefault: true }),
};

function sql(client: string, mode: ReadMode) {
  const db = clients[client];
  return withReadMode(db, db('coordination_tasks').whereIn('id', ['a']).select('id', 'state'), mode).toSQL().sql;
}

describe('withReadMode', () => {
  afterAll(() => Promise.all(Object.values(clients).map(c => c.destroy())));

  it.each([
    ['pg', 'plain', 'select "id", "state" from "coordination_tasks" where "id" in (?)'],
    ['pg', 'latest', 'select "id", "state" from "coordination_tasks" where "id" in (?)'],
    ['pg', 'share', 'select "id", "state" from "coordination_tasks" where "id" in (?) for share'],
    ['mysql2', 'plain', 'select `id`, `state` from `coordination_tasks` where `id` in (?)'],
    ['mysql2', 'latest', 'select `id`, `state` from `coordination_tasks` where `id` in (?) lock in share mode'],
    ['mysql2', 'share', 'select `id`, `state` from `coordination_tasks` where `id` in (?) lock in share mode'],
    ['better-sqlite3', 'plain', 'select `id`, `state` from `coordination_tasks` where `id` in (?)'],
    ['better-sqlite3', 'latest', 'select `id`, `state` from `coordination_tasks` where `id` in (?)'],
    ['better-sqlite3', 'share', 'select `id`, `state` from `coordination_tasks` where `id` in (?)'],
  ] as const)('on %s, a %s read is %p', (client, mode, expected) => {
    expect(sql(client, mode)).toBe(expected);
  });
});
