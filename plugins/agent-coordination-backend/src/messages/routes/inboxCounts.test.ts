import type {
  Inbox,
  Message,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { TestDatabases } from '@backstage/backend-test-utils';
import { randomUUID } from 'crypto';
import knexFactory, { type Knex } from 'knex';
import {
  startTaskBackend,
  type Caller,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';
import {
  MESSAGE_AGENT_COUNTS,
  MESSAGE_READS,
  MESSAGE_TOTALS,
  MESSAGES,
} from '../store/tables';

const { rebuildMessageCounts } =
  require('../../../migrations/20261206000000_message_counts') as {
    rebuildMessageCounts: (knex: Knex) => Promise<void>;
  };

const databases = createTestDatabases();
const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];
const CONCURRENT_SENDS = 24;

type Counts = Pick<Inbox, 'total' | 'unread' | 'unreadByPriority'>;

/** A second connection pool to the same database: another backend replica. */
function secondReplica(knex: Knex): Knex {
  return knexFactory({ ...knex.client.config, pool: { min: 0, max: 5 } });
}

/**
 * An inbox's counts as the plugin computed them before it kept counters:
 * every message to the agent or to ALL but from it, less those it read.
 */
async function countedOnRows(knex: Knex, agent: string): Promise<Counts> {
  const inbox = () =>
    knex(MESSAGES).where(q =>
      q
        .where('to_agent', agent)
        .orWhere(b => b.where('to_agent', 'ALL').whereNot('from_agent', agent)),
    );
  const [total] = await inbox().count({ n: '*' });
  const unread: Array<{ priority: string; n: number | string }> = await inbox()
    .whereNotIn(
      'id',
      knex(MESSAGE_READS).select('message_id').where('agent', agent),
    )
    .groupBy('priority')
    .select('priority')
    .count({ n: '*' });
  const byPriority = Object.fromEntries(
    PRIORITIES.map(p => [
      p,
      Number(unread.find(u => u.priority === p)?.n ?? 0),
    ]),
  );
  return {
    total: Number(total.n),
    unread: Object.values(byPriority).reduce((a, b) => a + b, 0),
    unreadByPriority: byPriority,
  };
}

/** The inbox of `agent` as its rows are ordered: the plugin's query before it read two ranges. */
async function orderedOnRows(
  knex: Knex,
  agent: string,
  where: (q: Knex.QueryBuilder) => void = () => {},
): Promise<string[]> {
  const q = knex(MESSAGES)
    .where(w =>
      w
        .where('to_agent', agent)
        .orWhere(b => b.where('to_agent', 'ALL').whereNot('from_agent', agent)),
    )
    .orderBy([
      { column: 'sent_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .select('id');
  where(q);
  return (await q).map((r: { id: string }) => r.id);
}

describe.each(databases.eachSupportedId())(
  'inbox counts and pages over HTTP on %p',
  databaseId => {
    let t: TaskBackend;
    let agents: string[];
    beforeAll(async () => {
      t = await startTaskBackend(databases, databaseId);
      agents = (await t.http.get('cm', '/framework')).body.agents.map(
        (a: { key: string }) => a.key,
      );
    }, 120_000);
    afterAll(() => t?.backend.stop());

    async function send(
      who: Caller,
      to: string,
      priority: string,
      subject = `${who} to ${to}`,
      http = t.http,
    ): Promise<Message> {
      const res = await http.post(who, '/messages', {
        to,
        priority,
        type: 'UPDATE',
        subject,
      });
      if (res.status !== 201)
        throw new Error(
          `send failed: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    }
    async function read(who: Caller, id: string) {
      const res = await t.http.post(who, `/messages/${id}/read`);
      expect(res.status).toBe(200);
      return res.body as Message;
    }
    async function inbox(
      who: Caller,
      agent: string,
      query = '',
    ): Promise<Inbox> {
      const res = await t.http.get(who, `/agents/${agent}/inbox${query}`);
      if (res.status !== 200)
        throw new Error(
          `inbox failed: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    }
    const countsOf = (box: Inbox): Counts => ({
      total: box.total,
      unread: box.unread,
      unreadByPriority: box.unreadByPriority,
    });
    /** Every framework agent's inbox counts, served, against the rows. */
    async function expectEveryInboxExact() {
      for (const agent of agents) {
        const served = countsOf(await inbox('cm', agent, '?limit=1'));
        expect({ agent, ...served }).toEqual({
          agent,
          ...(await countedOnRows(t.knex, agent)),
        });
      }
    }

    it('keeps every count exact through sends, broadcasts, direct and broadcast reads, and reads again', async () => {
      const sec0 = await inbox('sec', 'security_specialist');
      const net0 = await inbox('net', 'network_engineer');
      const api0 = await inbox('api', 'api_developer');

      const direct = await send('net', 'security_specialist', 'P1');
      const direct2 = await send('api', 'security_specialist', 'P3');
      const all = await send('net', 'ALL', 'P2');
      const sec1 = await inbox('sec', 'security_specialist');
      expect(countsOf(sec1)).toEqual({
        total: sec0.total + 3,
        unread: sec0.unread + 3,
        unreadByPriority: {
          ...sec0.unreadByPriority,
          P1: sec0.unreadByPriority.P1 + 1,
          P2: sec0.unreadByPriority.P2 + 1,
          P3: sec0.unreadByPriority.P3 + 1,
        },
      });
      // Its own broadcast is not in the sender's inbox, nor in its counts.
      const net1 = await inbox('net', 'network_engineer');
      expect(countsOf(net1)).toEqual(countsOf(net0));
      expect(net1.items.map(m => m.id)).not.toContain(all.id);
      const api1 = await inbox('api', 'api_developer');
      expect(api1.total).toBe(api0.total + 1);
      expect(api1.unreadByPriority.P2).toBe(api0.unreadByPriority.P2 + 1);

      // A direct read, then the same read again: one less unread, once.
      await read('sec', direct.id);
      await read('sec', direct.id);
      const sec2 = await inbox('sec', 'security_specialist');
      expect(countsOf(sec2)).toEqual({
        total: sec1.total,
        unread: sec1.unread - 1,
        unreadByPriority: {
          ...sec1.unreadByPriority,
          P1: sec1.unreadByPriority.P1 - 1,
        },
      });
      // A broadcast read, twice, by one recipient: its count alone moves.
      await read('sec', all.id);
      await read('sec', all.id);
      const sec3 = await inbox('sec', 'security_specialist');
      expect(sec3.unread).toBe(sec2.unread - 1);
      expect(sec3.unreadByPriority.P2).toBe(sec2.unreadByPriority.P2 - 1);
      expect(sec3.total).toBe(sec1.total);
      const api2 = await inbox('api', 'api_developer');
      expect(countsOf(api2)).toEqual(countsOf(api1));
      // The sender may not mark its own broadcast read: nothing counted.
      const bySender = await t.http.post('net', `/messages/${all.id}/read`);
      expect(bySender.status).toBe(403);
      expect(countsOf(await inbox('net', 'network_engineer'))).toEqual(
        countsOf(net0),
      );
      // Reads at once by one agent: one receipt, one count.
      await Promise.all(
        [1, 2, 3].map(() => t.http.post('sec', `/messages/${direct2.id}/read`)),
      );
      expect((await inbox('sec', 'security_specialist')).unread).toBe(
        sec3.unread - 1,
      );
      // And everywhere: what every agent's inbox serves is what its rows say.
      await expectEveryInboxExact();
      recordEngine(databaseId);
    });

    it('serves the same pages as the single query did, across cursors and filters, direct and broadcast mixed', async () => {
      // Messages stored straight, many at the same millisecond, so the order
      // between the two ranges is decided by id too; then the counters
      // rebuilt from the rows, as the migration does.
      const sentAt = (i: number) =>
        new Date(Date.UTC(2030, 0, 1, 0, 0, Math.floor(i / 4))).toISOString();
      const senders = ['network_engineer', 'api_developer', 'context_manager'];
      const rows = Array.from({ length: 40 }, (_, i) => {
        const id = randomUUID();
        // Every fifth from security_specialist itself: to another agent or to ALL.
        const own = i % 5 === 0;
        const toOthers = i % 2 ? 'ALL' : 'api_developer';
        const toIt = i % 3 === 0 ? 'ALL' : 'security_specialist';
        return {
          id,
          from_agent: own ? 'security_specialist' : senders[i % 3],
          to_agent: own ? toOthers : toIt,
          priority: PRIORITIES[i % 4],
          type: i % 7 === 0 ? 'ALERT' : 'UPDATE',
          subject: `stored ${i}`,
          content: '',
          artifacts: '[]',
          dependencies: '[]',
          correlation_id: null,
          thread_id: id,
          tags: '[]',
          sent_at: sentAt(i),
          response_due_at: null,
          answered_at: null,
          answered_by: null,
          overdue_at: null,
          due_at: null,
          version: 1,
          created_by: 'user:default/test',
        };
      });
      await t.knex(MESSAGES).insert(rows);
      for (const r of rows.filter((_, i) => i % 4 === 1))
        if (
          r.to_agent === 'security_specialist' ||
          (r.to_agent === 'ALL' && r.from_agent !== 'security_specialist')
        )
          await read('sec', r.id);
      await rebuildMessageCounts(t.knex);

      const walk = async (query: string, limit: number) => {
        const ids: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const box = await inbox(
            'sec',
            'security_specialist',
            `?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`,
          );
          ids.push(...box.items.map(m => m.id));
          cursor = box.nextCursor;
          pages++;
        } while (cursor);
        return { ids, pages };
      };
      const readIds = t
        .knex(MESSAGE_READS)
        .select('message_id')
        .where('agent', 'security_specialist');
      const cases: Array<[string, (q: Knex.QueryBuilder) => void]> = [
        ['', () => {}],
        ['&type=ALERT', q => q.where('type', 'ALERT')],
        ['&priority=P2', q => q.where('priority', 'P2')],
        ['&unread=true', q => q.whereNotIn('id', readIds)],
        ['&unread=false', q => q.whereIn('id', readIds)],
        [
          '&unread=false&priority=P1',
          q => q.whereIn('id', readIds).where('priority', 'P1'),
        ],
        [
          '&unread=true&priority=P2&type=UPDATE',
          q =>
            q
              .whereNotIn('id', readIds)
              .where('priority', 'P2')
              .where('type', 'UPDATE'),
        ],
      ];
      for (const [query, where] of cases) {
        const expected = await orderedOnRows(
          t.knex,
          'security_specialist',
          where,
        );
        expect(expected.length).toBeGreaterThan(0);
        // Pages of 2 cross every same-millisecond group of 4; 7 and 200 the rest.
        for (const limit of [2, 7, 200]) {
          const { ids, pages } = await walk(query, limit);
          expect({ query, limit, ids }).toEqual({
            query,
            limit,
            ids: expected,
          });
          expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
        }
      }
      // The stored broadcasts from security_specialist are in no page of its own.
      const own: string[] = rows
        .filter(
          r => r.to_agent === 'ALL' && r.from_agent === 'security_specialist',
        )
        .map(r => r.id);
      expect(own.length).toBeGreaterThan(0);
      const everything = (await walk('', 200)).ids;
      expect(everything.filter(id => own.includes(id))).toEqual([]);
      await expectEveryInboxExact();
    });

    it('counts every send exactly when two replicas, each with its own connection pool, send at once', async () => {
      // In-memory SQLite is one connection's: the second replica shares it.
      const other = databaseId === 'SQLITE_3' ? t.knex : secondReplica(t.knex);
      const replica = await startTaskBackend(
        { init: async () => other } as unknown as TestDatabases,
        databaseId,
      );
      try {
        const before = await t.knex(MESSAGE_TOTALS).select();
        const sec0 = await inbox('sec', 'security_specialist');
        const cm0 = await inbox('cm', 'context_manager');
        const sent = await Promise.all(
          Array.from({ length: CONCURRENT_SENDS }, (_, i) => {
            const http = i % 2 ? replica.http : t.http;
            const who: Caller = (['net', 'api', 'cm'] as const)[i % 3];
            const to = i % 4 < 2 ? 'ALL' : 'security_specialist';
            return send(who, to, 'P1', `race ${i}`, http);
          }),
        );
        const broadcasts = sent.filter(m => m.to === 'ALL');
        const direct = sent.length - broadcasts.length;
        const after = await t.knex(MESSAGE_TOTALS).select();
        const totalOf = (
          rows: Array<{ recipient: string; priority: string }>,
          recipient: string,
        ) =>
          Number(
            (
              rows.find(
                r => r.recipient === recipient && r.priority === 'P1',
              ) as { message_count?: number | string } | undefined
            )?.message_count ?? 0,
          );
        expect(totalOf(after, 'ALL') - totalOf(before, 'ALL')).toBe(
          broadcasts.length,
        );
        expect(
          totalOf(after, 'security_specialist') -
            totalOf(before, 'security_specialist'),
        ).toBe(direct);
        const sec1 = await inbox('sec', 'security_specialist');
        expect(sec1.total - sec0.total).toBe(CONCURRENT_SENDS);
        expect(sec1.unreadByPriority.P1 - sec0.unreadByPriority.P1).toBe(
          CONCURRENT_SENDS,
        );
        // The context manager's own broadcasts are not in its inbox.
        const fromOthers = broadcasts.filter(
          m => m.from !== 'context_manager',
        ).length;
        expect((await inbox('cm', 'context_manager')).total - cm0.total).toBe(
          fromOthers,
        );
        // Read at once through both replicas, by the one recipient.
        await Promise.all(
          sent.map((m, i) =>
            (i % 2 ? replica.http : t.http).post(
              'sec',
              `/messages/${m.id}/read`,
            ),
          ),
        );
        const sec2 = await inbox('sec', 'security_specialist');
        expect(sec2.unread).toBe(sec0.unread);
        expect(
          Number(
            (
              await t
                .knex(MESSAGE_AGENT_COUNTS)
                .where({ agent: 'security_specialist', priority: 'P1' })
                .sum({ n: 'read_count' })
            )[0].n,
          ),
        ).toBe(
          Number(
            (
              await t
                .knex(MESSAGE_READS)
                .join(MESSAGES, `${MESSAGES}.id`, 'message_id')
                .where({ agent: 'security_specialist', priority: 'P1' })
                .count({ n: '*' })
            )[0].n,
          ),
        );
        await expectEveryInboxExact();
      } finally {
        await replica.backend.stop();
        if (other !== t.knex) await other.destroy();
      }
    }, 120_000);
  },
);
