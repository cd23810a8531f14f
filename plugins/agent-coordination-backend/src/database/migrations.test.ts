import type { Knex } from 'knex';
import { readdirSync } from 'fs';
import { migrationsDirectory } from './migrateDatabase';
import { createTestDatabases, recordEngine } from './testDatabases';

const databases = createTestDatabases();
const migrations = readdirSync(migrationsDirectory())
  .filter(f => f.endsWith('.js'))
  .sort();

async function migrateUpTo(knex: Knex, file: string) {
  for (const m of migrations) {
    await knex.migrate.up({ directory: migrationsDirectory(), name: m });
    if (m === file) return;
  }
}

describe('migrations', () => {
  it('are packaged with the plugin', () => {
    const files: string[] = require('../../package.json').files;
    expect(files).toContain('migrations');
    expect(migrations.length).toBeGreaterThan(0);
  });

  it.each(databases.eachSupportedId())(
    '20261124000000_event_log goes up and down on %p, keeping its data',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, '20261124000000_event_log.js');

      await knex('coordination_events').insert({
        type: 'task.created',
        actor: 'user:default/guest',
        subject_type: 'task',
        subject_id: 't-1',
        after: JSON.stringify({ title: 'Plan VPC' }),
      });
      const [row] = await knex('coordination_events').select();
      expect(row).toMatchObject({
        type: 'task.created',
        subject_id: 't-1',
        after: '{"title":"Plan VPC"}',
      });
      expect(Number(row.id)).toBe(1);
      expect(row.created_at).toBeTruthy();

      await knex.migrate.down({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_events')).toBe(false);
      await knex.migrate.up({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_events')).toBe(true);
      recordEngine(databaseId);
    },
    60_000,
  );
});
