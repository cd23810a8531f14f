import type { Message } from '@agent-coordination/plugin-agent-coordination-common';
import { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import knexFactory, { type Knex } from 'knex';
import {
  CALLER_ACTORS,
  startTaskBackend,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import { seedFramework as framework } from '../../__testUtils__/taskMachinery';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';
import { ChangeAnnouncer } from '../../platform/changes/ChangeAnnouncer';
import { ChangeRunner } from '../../platform/changes/ChangeRunner';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { EVENTS } from '../../platform/store/tables';
import { notifyMessageEvents } from '../notifications';
import { MESSAGES } from '../store/tables';
import { sweepOverdueRequests } from './overdueSweep';

const databases = createTestDatabases();
const HOUR = 3600_000;
/** Bounded for CI: enough for two replicas' claims to interleave. */
const OVERDUE_REQUESTS = 200;

/*
 * The response-SLA sweep with the clock moved on by hand: a REQUEST without
 * a RESPONSE is flagged overdue once, at its SLA, and its sender's users are
 * notified; an answered one never is.
 */
describe.each(databases.eachSupportedId())(
  'the message response-SLA sweep on %p',
  databaseId => {
    let t: TaskBackend;
    beforeAll(async () => {
      t = await startTaskBackend(databases, databaseId);
    }, 120_000);
    afterAll(() => t?.backend.stop());

    it('flags an unanswered REQUEST overdue exactly once at its SLA and notifies its sender; an answered one never', async () => {
      const notifications: NotificationSendOptions[] = [];
      const announcer = new ChangeAnnouncer();
      announcer.on(
        'message',
        notifyMessageEvents(
          {
            send: async (n: NotificationSendOptions) =>
              void notifications.push(n),
          },
          framework,
          ActorDirectory.fromMappings(
            CALLER_ACTORS.map(c => ({
              principal: c.principal,
              agent: c.agent!,
            })),
            framework,
          ),
        ),
      );
      const runner = new ChangeRunner({ db: t.knex, announcer });
      const send = async (subject: string): Promise<Message> =>
        (
          await t.http.post('net', '/messages', {
            to: 'api_developer',
            priority: 'P2',
            type: 'REQUEST',
            subject,
          })
        ).body;
      const waiting = await send('Who owns the NAT gateway?');
      const answered = await send('Which CIDR?');
      await t.http.post('api', '/messages', {
        to: 'network_engineer',
        priority: 'P2',
        type: 'RESPONSE',
        subject: '10.20.0.0/16',
        correlationId: answered.id,
      });
      const at = (hours: number) =>
        new Date(Date.parse(waiting.sentAt) + hours * HOUR);
      const get = async (id: string) =>
        (await t.http.get('net', `/messages/${id}`)).body as Message;

      await sweepOverdueRequests(runner, framework, at(3.9));
      expect(await get(waiting.id)).toMatchObject({
        overdueAt: null,
        version: 1,
      });

      const first = await sweepOverdueRequests(runner, framework, at(4));
      expect(first.flagged).toBeGreaterThanOrEqual(1);
      expect(await get(waiting.id)).toMatchObject({
        overdueAt: at(4).toISOString(),
        overdue: true,
        version: 2,
      });
      const overdue = (
        await t.http.get(
          'net',
          '/messages?overdue=true&from=network_engineer&limit=200',
        )
      ).body.items as Message[];
      expect(overdue.map(m => m.id)).toContain(waiting.id);
      expect(overdue.map(m => m.id)).not.toContain(answered.id);
      const second = await sweepOverdueRequests(runner, framework, at(5));
      expect(second.flagged).toBe(0);

      const events = await t
        .knex(EVENTS)
        .where({ subject_type: 'message', subject_id: waiting.id })
        .orderBy('id');
      expect(events.map(e => [e.type, e.actor])).toEqual([
        ['message.sent', 'user:default/net'],
        ['message.overdue', 'system:agent-coordination'],
      ]);
      expect(events[1].reason).toBe(
        `no RESPONSE within 4h (due ${waiting.responseDueAt}); network_engineer is notified`,
      );
      expect(await get(answered.id)).toMatchObject({
        overdueAt: null,
        overdue: false,
      });
      expect(
        notifications.filter(n => n.payload.scope === `message:${waiting.id}`),
      ).toEqual([
        {
          recipients: { type: 'entity', entityRef: ['user:default/net'] },
          payload: expect.objectContaining({
            title:
              'No response to your REQUEST to api_developer: Who owns the NAT gateway?',
            severity: 'high',
          }),
        },
      ]);
      expect(
        notifications.some(n => n.payload.scope === `message:${answered.id}`),
      ).toBe(false);

      // Answered late, it is answered and no longer overdue; the flag stays in its history.
      await t.http.post('api', '/messages', {
        to: 'network_engineer',
        priority: 'P2',
        type: 'RESPONSE',
        subject: 'Late, sorry: platform team',
        correlationId: waiting.id,
      });
      expect(await get(waiting.id)).toMatchObject({
        overdue: false,
        overdueAt: at(4).toISOString(),
        version: 3,
      });
      recordEngine(databaseId);
    });
  },
);

/** A second connection pool to the same database: another backend replica. */
function secondReplica(knex: Knex): Knex {
  return knexFactory({ ...knex.client.config, pool: { min: 0, max: 5 } });
}

describe.each(databases.eachSupportedId())(
  'overdue flags exactly once across two replicas on %p',
  databaseId => {
    it(`flags each of ${OVERDUE_REQUESTS} overdue REQUESTs exactly once`, async () => {
      const a = await databases.init(databaseId);
      await a.migrate.latest({ directory: migrationsDirectory() });
      const b = databaseId === 'SQLITE_3' ? a : secondReplica(a);
      try {
        const sentAt = '2026-01-01T00:00:00.000Z';
        const dueAt = '2026-01-01T04:00:00.000Z';
        const rows = Array.from({ length: OVERDUE_REQUESTS }, (_, i) => {
          const id = `m-${String(i).padStart(5, '0')}`;
          return {
            id,
            from_agent: 'network_engineer',
            to_agent: i % 2 ? 'ALL' : 'api_developer',
            priority: 'P2',
            type: 'REQUEST',
            subject: `request ${i}`,
            content: '',
            artifacts: '[]',
            dependencies: '[]',
            correlation_id: id,
            thread_id: id,
            tags: '[]',
            sent_at: sentAt,
            response_due_at: dueAt,
            answered_at: null,
            answered_by: null,
            overdue_at: null,
            due_at: dueAt,
            version: 1,
            created_by: 'user:default/net',
          };
        });
        for (let i = 0; i < rows.length; i += 100)
          await a(MESSAGES).insert(rows.slice(i, i + 100));
        const now = new Date('2026-01-01T04:30:00.000Z');
        const runners = [a, b].map(
          db => new ChangeRunner({ db, announcer: new ChangeAnnouncer() }),
        );
        const [ra, rb] = await Promise.all(
          runners.map(r => sweepOverdueRequests(r, framework, now)),
        );

        const flags: Array<{ subject_id: string; n: number | string }> =
          await a(EVENTS)
            .where('type', 'message.overdue')
            .groupBy('subject_id')
            .select('subject_id')
            .count({ n: '*' });
        const duplicates = flags.filter(f => Number(f.n) > 1).length;
        const misses = OVERDUE_REQUESTS - flags.length;
        // eslint-disable-next-line no-console
        console.log(
          `${databaseId}: ${OVERDUE_REQUESTS} overdue, replica A flagged ${ra.flagged} (skipped ${ra.skipped}), replica B ${rb.flagged} (skipped ${rb.skipped}): flags ${flags.length}, duplicates ${duplicates}, misses ${misses}`,
        );
        expect({ duplicates, misses }).toEqual({ duplicates: 0, misses: 0 });
        expect(ra.flagged + rb.flagged).toBe(OVERDUE_REQUESTS);
        const left = await a(MESSAGES).whereNotNull('due_at').count({ n: '*' });
        expect(Number(left[0].n)).toBe(0);
        expect(
          Number(
            (await a(MESSAGES).whereNotNull('overdue_at').count({ n: '*' }))[0]
              .n,
          ),
        ).toBe(OVERDUE_REQUESTS);
        recordEngine(databaseId);
      } finally {
        if (b !== a) await b.destroy();
      }
    }, 120_000);
  },
);
