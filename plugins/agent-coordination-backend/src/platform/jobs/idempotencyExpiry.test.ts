import { ConfigReader } from '@backstage/config';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';
import {
  startTaskBackend,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import { deleteIdempotencyKeysBefore } from '../store/idempotency';
import { migrationsDirectory } from '../store/migrateDatabase';
import { expireIdempotencyKeys, readKeyLifetime } from './idempotencyExpiry';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const databases = createTestDatabases();

describe('readKeyLifetime', () => {
  it.each([
    [{}, DAY],
    [{ agentCoordination: { idempotency: { keyLifetime: '2d' } } }, 2 * DAY],
    [
      { agentCoordination: { idempotency: { keyLifetime: { hours: 36 } } } },
      36 * HOUR,
    ],
    [
      { agentCoordination: { idempotency: { keyLifetime: 'PT90M' } } },
      90 * 60_000,
    ],
  ])('reads %j as %d ms', (data, ms) => {
    expect(readKeyLifetime(new ConfigReader(data))).toBe(ms);
  });

  it.each([['30s'], ['soon'], [{ weeks: -1 }]])(
    'refuses %j, naming the key',
    keyLifetime => {
      expect(() =>
        readKeyLifetime(
          new ConfigReader({
            agentCoordination: { idempotency: { keyLifetime } },
          }),
        ),
      ).toThrow('agentCoordination.idempotency.keyLifetime');
    },
  );
});

describe.each(databases.eachSupportedId())(
  'idempotency key expiry on %p',
  databaseId => {
    let t: TaskBackend;
    beforeAll(async () => {
      t = await startTaskBackend(databases, databaseId);
    }, 60_000);
    afterAll(() => t?.backend.stop());

    const keys = async () =>
      (
        await t
          .knex('coordination_idempotency_keys')
          .orderBy('key')
          .select('key')
      ).map((r: { key: string }) => r.key);

    it('replays a key within its lifetime; after it, the key is gone and the same key is a new request', async () => {
      const body = { title: 'Expiring key', kind: 'general' };
      const first = await t.http
        .post('cm', '/tasks', body)
        .set('Idempotency-Key', 'expire-1');
      expect(first.status).toBe(201);

      // An hour later the key is kept: a retry is answered with the first answer.
      expect(
        await expireIdempotencyKeys(t.knex, DAY, new Date(Date.now() + HOUR)),
      ).toBe(0);
      const retry = await t.http
        .post('cm', '/tasks', body)
        .set('Idempotency-Key', 'expire-1');
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);

      // A day and an hour later it has expired.
      expect(
        await expireIdempotencyKeys(
          t.knex,
          DAY,
          new Date(Date.now() + DAY + HOUR),
        ),
      ).toBeGreaterThanOrEqual(1);
      expect(await keys()).not.toContain('expire-1');
      const late = await t.http
        .post('cm', '/tasks', body)
        .set('Idempotency-Key', 'expire-1');
      expect(late.status).toBe(201);
      expect(late.headers['idempotent-replayed']).toBeUndefined();
      expect(late.body.task.id).not.toBe(first.body.task.id);
      recordEngine(databaseId);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'deleteIdempotencyKeysBefore on %p',
  databaseId => {
    it('deletes only the keys older than the cutoff, in batches, ties at a batch boundary included', async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDirectory() });
      const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h)).toISOString();
      const row = (key: string, hour: number) => ({
        principal: 'user:default/cm',
        key,
        route: 'POST /tasks',
        request_hash: 'h'.repeat(64),
        status: 201,
        response: '{}',
        created_at: at(hour),
      });
      await knex('coordination_idempotency_keys').insert([
        row('a', 1),
        row('b', 2),
        row('c', 2),
        row('d', 3),
        row('e', 4),
        row('f', 10),
        row('g', 11),
      ]);
      expect(await deleteIdempotencyKeysBefore(knex, at(10), 2)).toBe(5);
      const left = await knex('coordination_idempotency_keys')
        .orderBy('key')
        .select('key');
      expect(left.map((r: { key: string }) => r.key)).toEqual(['f', 'g']);
      expect(await deleteIdempotencyKeysBefore(knex, at(10), 2)).toBe(0);
      recordEngine(databaseId);
    });
  },
);
