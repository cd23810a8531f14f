import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { LOCKS } from '../../platform/store/tables';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { DEPENDENCY_GRAPH_LOCK, lockDependencyGraph } from './lockDependencyGraph';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('lockDependencyGraph on %p', databaseId => {
  it('puts a missing lock row back', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDirectory() });
    await knex(LOCKS).delete();
    await knex.transaction(tx => lockDependencyGraph(tx));
    expect(await knex(LOCKS).select('name')).toEqual([{ name: DEPENDENCY_GRAPH_LOCK }]);
    recordEngine(databaseId);
  });
});

// SQLite ignores FOR UPDATE: its writers are serialized by the database itself.
describe.each(databases.eachSupportedId().filter(([id]) => id !== 'SQLITE_3'))(
  'lockDependencyGraph on %p',
  databaseId => {
    it('makes a second transaction wait until the first ends', async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDirectory() });
      const order: string[] = [];
      let release!: () => void;
      const released = new Promise<void>(resolve => {
        release = resolve;
      });
      let locked!: () => void;
      const firstLocked = new Promise<void>(resolve => {
        locked = resolve;
      });
      const first = knex.transaction(async tx => {
        await lockDependencyGraph(tx);
        locked();
        await released;
        order.push('first ends');
      });
      await firstLocked;
      const second = knex.transaction(async tx => {
        await lockDependencyGraph(tx);
        order.push('second locked');
      });
      await new Promise(resolve => setTimeout(resolve, 200));
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['first ends', 'second locked']);
      recordEngine(databaseId);
    });
  },
);
