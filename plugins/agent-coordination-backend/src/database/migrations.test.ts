import type { Knex } from 'knex';
import { readdirSync } from 'fs';
import { migrationsDirectory } from './migrateDatabase';
import { createTestDatabases, recordEngine } from '../__testUtils__/testDatabases';

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
    expect(migrations).toEqual(['20261124000000_event_log.js', '20261125000000_tasks.js']);
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

  it.each(databases.eachSupportedId())(
    '20261125000000_tasks goes up and down on %p, keeping the event log and its data',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, '20261124000000_event_log.js');
      await knex('coordination_events').insert({
        type: 'task.created',
        actor: 'user:default/guest',
        subject_type: 'task',
        subject_id: 'before-tasks',
      });

      await migrateUpTo(knex, '20261125000000_tasks.js');
      const task = {
        id: 't-1',
        title: 'Plan VPC',
        description: null,
        kind: 'network_setup',
        component: 'component:default/vpc',
        assignee: 'network_engineer',
        priority: 'P1',
        estimate: 2.5,
        due_date: '2027-01-31',
        state: 'CREATED',
        version: 1,
        created_by: 'user:default/guest',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      };
      await knex('coordination_tasks').insert([task, { ...task, id: 't-2' }]);
      await knex('coordination_task_labels').insert({ task_id: 't-1', label: 'net' });
      await knex('coordination_task_dependencies').insert({
        task_id: 't-2',
        depends_on_id: 't-1',
        blocking: true,
        source: 'rule',
        timeout: '8h',
        deadline_at: '2026-01-01T08:00:00.000Z',
        created_at: '2026-01-01T00:00:00.000Z',
      });
      await knex('coordination_idempotency_keys').insert({
        principal: 'user:default/guest',
        key: 'k',
        route: 'POST /tasks',
        request_hash: 'h',
        status: 201,
        response: 'x'.repeat(100_000),
        created_at: '2026-01-01T00:00:00.000Z',
      });
      // Long snapshots must fit the event log on every engine (MySQL's TEXT stops at 64 KiB).
      const long = JSON.stringify({ description: '\u00e9'.repeat(40_000) });
      await knex('coordination_events').insert({
        type: 'task.updated',
        actor: 'user:default/guest',
        actor_agent: 'network_engineer',
        subject_type: 'task',
        subject_id: 't-1',
        after: long,
      });

      expect(await knex('coordination_tasks').where({ id: 't-1' }).first()).toMatchObject({
        ...task,
        estimate: expect.anything(),
        version: expect.anything(),
      });
      const dep = await knex('coordination_task_dependencies').first();
      expect(Boolean(dep.blocking)).toBe(true);
      expect(dep.alerted_at).toBeNull();
      expect(Number(dep.version)).toBe(1);
      const events = await knex('coordination_events').orderBy('id');
      expect(events.map(e => e.subject_id)).toEqual(['before-tasks', 't-1']);
      expect(events[1].after).toBe(long);
      expect(events[1].actor_agent).toBe('network_engineer');

      await knex.migrate.down({ directory: migrationsDirectory() });
      for (const table of ['coordination_tasks', 'coordination_task_labels', 'coordination_task_dependencies', 'coordination_idempotency_keys']) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
      expect(await knex.schema.hasColumn('coordination_events', 'actor_agent')).toBe(false);
      // The event log survives the removal, long events included.
      const kept = await knex('coordination_events').orderBy('id');
      expect(kept.map(e => e.subject_id)).toEqual(['before-tasks', 't-1']);
      expect(kept[1].after).toBe(long);

      await knex.migrate.up({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_tasks')).toBe(true);
      recordEngine(databaseId);
    },
    60_000,
  );
});
