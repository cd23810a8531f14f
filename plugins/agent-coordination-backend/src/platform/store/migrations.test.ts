import type { TestDatabaseId } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { readdirSync } from 'fs';
import { migrationsDirectory } from './migrateDatabase';
import { appendEvent, loadAllEvents, rowToEvent, type NewEvent } from './events';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';

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

/** How the engine describes coordination_events.created_at. */
async function createdAtColumn(knex: Knex, databaseId: TestDatabaseId) {
  if (databaseId === 'MYSQL_8') {
    const [rows] = await knex.raw(
      `SELECT COLUMN_TYPE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
       FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'coordination_events' AND COLUMN_NAME = 'created_at'`,
    );
    return { ...rows[0] };
  }
  return knex('coordination_events').columnInfo('created_at');
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('migrations', () => {
  it('are packaged with the plugin', () => {
    const files: string[] = require('../../../package.json').files;
    expect(files).toContain('migrations');
    expect(migrations).toEqual([
      '20261124000000_event_log.js',
      '20261125000000_tasks.js',
      '20261126000000_dependency_lock.js',
      '20261127000000_event_time_milliseconds.js',
      '20261201000000_conflicts.js',
      '20261202000000_task_state_entered.js',
      '20261203000000_idempotency_expiry.js',
      '20261204000000_messages.js',
      '20261205000000_handoffs.js',
      '20261206000000_message_counts.js',
    ]);
  });

  it.each(databases.eachSupportedId())(
    '20261205000000_handoffs goes up and down on %p, keeping the messages and conflicts',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, '20261205000000_handoffs.js');
      const at = '2026-01-01T00:00:00.000Z';
      await knex('coordination_handoffs').insert({
        id: 'h-1',
        title: 'VPC module',
        from_agent: 'network_engineer',
        to_agent: 'api_developer',
        task_id: null,
        component: 'component:default/vpc',
        blocks: '["t-1"]',
        stage: 'transfer',
        status: 'awaiting_acknowledgment',
        content: JSON.stringify({ notes: 'x'.repeat(70_000) }),
        attested: '[]',
        automated_checks: '[]',
        clarifications: '[]',
        transferred_at: at,
        acknowledgment_due_at: '2026-01-01T04:00:00.000Z',
        acknowledged_at: null,
        completed_at: null,
        escalated_at: null,
        escalation_conflict: null,
        due_at: '2026-01-01T04:00:00.000Z',
        version: 2,
        created_by: 'user:default/net',
        created_at: at,
        updated_at: at,
      });
      await knex('coordination_handoff_refs').insert([
        { handoff_id: 'h-1', kind: 'party', ref: 'network_engineer' },
        { handoff_id: 'h-1', kind: 'block', ref: 't-1' },
      ]);
      // A long content fits (LONGTEXT on MySQL); one ref per handoff, kind and ref.
      expect(JSON.parse((await knex('coordination_handoffs').first()).content).notes).toHaveLength(70_000);
      const duplicate = await knex('coordination_handoff_refs')
        .insert({ handoff_id: 'h-1', kind: 'block', ref: 't-1' })
        .then(
          () => 'inserted',
          (error: { code?: string }) => error.code,
        );
      expect(duplicate).toMatch(/^(23505|ER_DUP_ENTRY|SQLITE_CONSTRAINT_PRIMARYKEY)$/);

      await knex.migrate.down({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_handoffs')).toBe(false);
      expect(await knex.schema.hasTable('coordination_handoff_refs')).toBe(false);
      expect(await knex.schema.hasTable('coordination_messages')).toBe(true);
      expect(await knex.schema.hasTable('coordination_conflicts')).toBe(true);
      await knex.migrate.up({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_handoffs')).toBe(true);
      expect(Number((await knex('coordination_handoffs').count({ n: '*' }))[0].n)).toBe(0);
      recordEngine(databaseId);
    },
    60_000,
  );

  it.each(databases.eachSupportedId())(
    '20261204000000_messages goes up and down on %p, keeping the tasks and conflicts',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, '20261204000000_messages.js');
      const message = {
        id: 'm-1',
        from_agent: 'network_engineer',
        to_agent: 'ALL',
        priority: 'P2',
        type: 'REQUEST',
        subject: 'Freeze',
        content: 'x'.repeat(70_000),
        artifacts: '[]',
        dependencies: '[]',
        correlation_id: 'm-1',
        thread_id: 'm-1',
        tags: '[]',
        sent_at: '2026-01-01T00:00:00.000Z',
        response_due_at: '2026-01-01T04:00:00.000Z',
        answered_at: null,
        answered_by: null,
        overdue_at: null,
        due_at: '2026-01-01T04:00:00.000Z',
        version: 1,
        created_by: 'user:default/net',
      };
      await knex('coordination_messages').insert(message);
      await knex('coordination_message_reads').insert([
        { message_id: 'm-1', agent: 'api_developer', read_at: '2026-01-01T01:00:00.000Z', read_by: 'user:default/api' },
        { message_id: 'm-1', agent: 'security_specialist', read_at: '2026-01-01T02:00:00.000Z', read_by: 'user:default/sec' },
      ]);
      // A long body fits (LONGTEXT on MySQL); one receipt per message and agent.
      expect((await knex('coordination_messages').first()).content).toHaveLength(70_000);
      const duplicate = await knex('coordination_message_reads')
        .insert({
          message_id: 'm-1',
          agent: 'api_developer',
          read_at: '2026-01-01T03:00:00.000Z',
          read_by: 'user:default/api',
        })
        .then(
          () => 'inserted',
          (error: { code?: string }) => error.code,
        );
      expect(duplicate).toMatch(/^(23505|ER_DUP_ENTRY|SQLITE_CONSTRAINT_PRIMARYKEY)$/);

      await knex.migrate.down({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_messages')).toBe(false);
      expect(await knex.schema.hasTable('coordination_message_reads')).toBe(false);
      expect(await knex.schema.hasTable('coordination_conflicts')).toBe(true);
      expect(await knex.schema.hasTable('coordination_tasks')).toBe(true);
      await knex.migrate.up({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_messages')).toBe(true);
      expect(Number((await knex('coordination_messages').count({ n: '*' }))[0].n)).toBe(0);
      recordEngine(databaseId);
    },
    60_000,
  );

  it.each(databases.eachSupportedId())(
    '20261202000000_task_state_entered goes up and down on %p, keeping the tasks, their labels and dependencies',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, '20261201000000_conflicts.js');
      const task = (id: string, updated: string) => ({
        id,
        title: 'Plan VPC',
        description: null,
        kind: 'network_setup',
        component: null,
        assignee: null,
        priority: 'P1',
        estimate: null,
        due_date: null,
        state: 'CREATED',
        version: 1,
        created_by: 'user:default/guest',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: updated,
      });
      await knex('coordination_tasks').insert([task('t-1', '2026-01-02T00:00:00.000Z'), task('t-2', '2026-01-03T00:00:00.000Z')]);
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
      await migrateUpTo(knex, '20261202000000_task_state_entered.js');
      const rows = await knex('coordination_tasks').orderBy('id').select('id', 'state_entered_at');
      expect(rows).toEqual([
        { id: 't-1', state_entered_at: '2026-01-02T00:00:00.000Z' },
        { id: 't-2', state_entered_at: '2026-01-03T00:00:00.000Z' },
      ]);
      expect(Number((await knex('coordination_task_labels').count({ n: '*' }))[0].n)).toBe(1);
      expect(Number((await knex('coordination_task_dependencies').count({ n: '*' }))[0].n)).toBe(1);
      await knex.migrate.down({ directory: migrationsDirectory() });
      expect(await knex.schema.hasColumn('coordination_tasks', 'state_entered_at')).toBe(false);
      expect(Number((await knex('coordination_task_labels').count({ n: '*' }))[0].n)).toBe(1);
      expect(Number((await knex('coordination_task_dependencies').count({ n: '*' }))[0].n)).toBe(1);
      recordEngine(databaseId);
    },
    60_000,
  );

  it.each(databases.eachSupportedId())(
    '20261201000000_conflicts goes up and down on %p, keeping the tasks and the other locks',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, '20261127000000_event_time_milliseconds.js');
      await migrateUpTo(knex, '20261201000000_conflicts.js');
      const conflict = {
        id: 'c-1',
        type: 'technical',
        category: 'code_merge',
        title: 'Two plans for the VPC',
        description: null,
        status: 'open',
        level: 'L1',
        authority: 'parties_consensus',
        parties: '["network_engineer","infrastructure_architect"]',
        subject: '{"tasks":[],"components":[],"paths":[]}',
        blocks: '[]',
        primary_owners: '[]',
        votes: JSON.stringify([{ agent: 'network_engineer', position: 'x', rationale: 'y'.repeat(70_000), at: 'z' }]),
        resolution: null,
        opened_at: '2026-01-01T00:00:00.000Z',
        level_entered_at: '2026-01-01T00:00:00.000Z',
        deadline_at: '2026-01-01T04:00:00.000Z',
        breached_at: null,
        due_at: '2026-01-01T04:00:00.000Z',
        change_set: null,
        version: 1,
        created_by: 'user:default/guest',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      };
      await knex('coordination_conflicts').insert(conflict);
      await knex('coordination_conflict_refs').insert({ conflict_id: 'c-1', kind: 'party', ref: 'network_engineer' });
      const [row] = await knex('coordination_conflicts').select();
      // A long rationale fits: the votes are LONGTEXT on MySQL.
      expect(JSON.parse(row.votes)[0].rationale).toHaveLength(70_000);
      expect((await knex('coordination_locks').select('name').orderBy('name')).map((r: { name: string }) => r.name)).toEqual([
        'change_sets',
        'dependency_graph',
      ]);

      await knex.migrate.down({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_conflicts')).toBe(false);
      expect(await knex.schema.hasTable('coordination_change_sets')).toBe(false);
      expect((await knex('coordination_locks').select('name')).map((r: { name: string }) => r.name)).toEqual(['dependency_graph']);
      expect(await knex.schema.hasTable('coordination_tasks')).toBe(true);
      await knex.migrate.up({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_conflicts')).toBe(true);
      recordEngine(databaseId);
    },
    60_000,
  );

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
  it.each(databases.eachSupportedId())(
    '20261126000000_dependency_lock goes up and down on %p, keeping the tasks and their data',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, '20261125000000_tasks.js');
      const task = {
        id: 't-1',
        title: 'Plan VPC',
        description: null,
        kind: 'network_setup',
        component: null,
        assignee: null,
        priority: 'P1',
        estimate: null,
        due_date: null,
        state: 'CREATED',
        version: 1,
        created_by: 'user:default/guest',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      };
      await knex('coordination_tasks').insert([task, { ...task, id: 't-2' }]);
      await knex('coordination_task_dependencies').insert({
        task_id: 't-2',
        depends_on_id: 't-1',
        blocking: true,
        source: 'rule',
        timeout: '8h',
        deadline_at: '2026-01-01T08:00:00.000Z',
        created_at: '2026-01-01T00:00:00.000Z',
      });

      await migrateUpTo(knex, '20261126000000_dependency_lock.js');
      expect(await knex('coordination_locks').select('name')).toEqual([{ name: 'dependency_graph' }]);
      // The row can be taken FOR UPDATE inside a transaction (a no-op on SQLite).
      await knex.transaction(async tx => {
        expect(await tx('coordination_locks').where({ name: 'dependency_graph' }).forUpdate().first('name')).toEqual({
          name: 'dependency_graph',
        });
      });

      await knex.migrate.down({ directory: migrationsDirectory() });
      expect(await knex.schema.hasTable('coordination_locks')).toBe(false);
      expect((await knex('coordination_tasks').orderBy('id')).map(t => t.id)).toEqual(['t-1', 't-2']);
      expect(await knex('coordination_task_dependencies').select('task_id', 'depends_on_id')).toEqual([
        { task_id: 't-2', depends_on_id: 't-1' },
      ]);

      await knex.migrate.up({ directory: migrationsDirectory() });
      expect(await knex('coordination_locks').select('name')).toEqual([{ name: 'dependency_graph' }]);
      recordEngine(databaseId);
    },
    60_000,
  );

  it.each(databases.eachSupportedId())(
    '20261127000000_event_time_milliseconds goes up and down on %p, keeping the events and their times',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, '20261126000000_dependency_lock.js');
      const before = await createdAtColumn(knex, databaseId);
      const event = { type: 'task.created', actor: 'user:default/guest', subject_type: 'task' };
      // One at a time: SQLite's multi-row insert would write NULL for the omitted time.
      await knex('coordination_events').insert({
        ...event,
        subject_id: 'whole-second',
        created_at: new Date('2026-01-01T00:00:01.000Z'),
      });
      await knex('coordination_events').insert({ ...event, subject_id: 'default-time' });
      const times = async () =>
        Object.fromEntries(
          (await knex('coordination_events').orderBy('id')).map(r => [r.subject_id, rowToEvent(r).createdAt]),
        );
      const written = await times();
      expect(written['whole-second']).toBe('2026-01-01T00:00:01.000Z');

      await migrateUpTo(knex, '20261127000000_event_time_milliseconds.js');
      const up = await createdAtColumn(knex, databaseId);
      // Milliseconds on MySQL; elsewhere the column stays as it was.
      const millisecondDefault = expect.stringMatching(/^current_timestamp\(3\)$/i);
      expect(up).toEqual(
        databaseId === 'MYSQL_8'
          ? { ...before, COLUMN_TYPE: 'timestamp(3)', DATETIME_PRECISION: 3, COLUMN_DEFAULT: millisecondDefault }
          : before,
      );
      expect(await times()).toEqual(written);
      await knex('coordination_events').insert({
        ...event,
        subject_id: 'with-millis',
        created_at: new Date('2026-01-01T00:00:02.250Z'),
      });
      expect((await times())['with-millis']).toBe('2026-01-01T00:00:02.250Z');

      await knex.migrate.down({ directory: migrationsDirectory() });
      expect(await createdAtColumn(knex, databaseId)).toEqual(before);
      // Every event survives; on MySQL the milliseconds go with the precision.
      expect(await times()).toEqual({
        ...written,
        'with-millis': databaseId === 'MYSQL_8' ? '2026-01-01T00:00:02.000Z' : '2026-01-01T00:00:02.250Z',
      });

      await knex.migrate.up({ directory: migrationsDirectory() });
      expect(await createdAtColumn(knex, databaseId)).toEqual(up);
      recordEngine(databaseId);
    },
    60_000,
  );

  // SQLite's CURRENT_TIMESTAMP default has whole seconds, and the migration leaves it.
  it.each(databases.eachSupportedId().filter(([id]) => id !== 'SQLITE_3'))(
    'gives events written within the same second distinct millisecond times on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDirectory() });
      const event = (id: string): NewEvent => ({
        type: 'task.updated',
        actor: 'user:default/guest',
        actorAgent: null,
        subject: { type: 'task', id },
        before: null,
        after: null,
        reason: null,
      }) as unknown as NewEvent;
      await appendEvent(knex, event('first'));
      await sleep(20);
      await appendEvent(knex, event('second'));
      const [first, second] = (await loadAllEvents(knex)).map(e => Date.parse(e.createdAt));
      // With whole seconds they would be equal, or a whole second apart.
      expect(second - first).toBeGreaterThan(0);
      expect(second - first).toBeLessThan(1000);
      recordEngine(databaseId);
    },
    60_000,
  );
});
