import type { Knex } from 'knex';
import { readdirSync } from 'fs';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { countInboxFromCounters } from './counts';
import {
  MESSAGE_AGENT_COUNTS,
  MESSAGE_READS,
  MESSAGE_TOTALS,
  MESSAGES,
} from './tables';

const databases = createTestDatabases();
const COUNTS_MIGRATION = '20261206000000_message_counts.js';
const migrations = readdirSync(migrationsDirectory())
  .filter(f => f.endsWith('.js'))
  .sort();

function message(
  id: string,
  from: string,
  to: string,
  priority: string,
  sentAt: string,
) {
  return {
    id,
    from_agent: from,
    to_agent: to,
    priority,
    type: 'UPDATE',
    subject: id,
    content: '',
    artifacts: '[]',
    dependencies: '[]',
    correlation_id: null,
    thread_id: id,
    tags: '[]',
    sent_at: sentAt,
    response_due_at: null,
    answered_at: null,
    answered_by: null,
    overdue_at: null,
    due_at: null,
    version: 1,
    created_by: 'user:default/test',
  };
}

const receipt = (id: string, agent: string) => ({
  message_id: id,
  agent,
  read_at: '2026-01-02T00:00:00.000Z',
  read_by: `user:default/${agent}`,
});

describe.each(databases.eachSupportedId())(
  `${COUNTS_MIGRATION} on %p`,
  databaseId => {
    it('backfills the counters from the messages and receipts there, and goes down keeping them', async () => {
      const knex: Knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      for (const m of migrations) {
        if (m === COUNTS_MIGRATION) break;
        await knex.migrate.up({ directory, name: m });
      }
      const at = (s: number) => `2026-01-01T00:00:0${s}.000Z`;
      await knex(MESSAGES).insert([
        message('d1', 'network_engineer', 'api_developer', 'P1', at(1)),
        message('d2', 'security_specialist', 'api_developer', 'P1', at(2)),
        message('d3', 'api_developer', 'network_engineer', 'P3', at(3)),
        message('b1', 'network_engineer', 'ALL', 'P2', at(4)),
        message('b2', 'api_developer', 'ALL', 'P2', at(5)),
        message('b3', 'api_developer', 'ALL', 'P0', at(6)),
      ]);
      await knex(MESSAGE_READS).insert([
        receipt('d1', 'api_developer'),
        receipt('b1', 'api_developer'),
        receipt('b1', 'security_specialist'),
        // Not in the reader's inbox (written past the plugin, which refuses
        // it): it must not lower the sender's unread count.
        receipt('b2', 'api_developer'),
      ]);

      await knex.migrate.up({ directory, name: COUNTS_MIGRATION });
      const totals = await knex(MESSAGE_TOTALS)
        .select('recipient', 'priority', 'message_count')
        .orderBy(['recipient', 'priority']);
      expect(
        totals.map(r => [r.recipient, r.priority, Number(r.message_count)]),
      ).toEqual([
        ['ALL', 'P0', 1],
        ['ALL', 'P2', 2],
        ['api_developer', 'P1', 2],
        ['network_engineer', 'P3', 1],
      ]);
      const api = await knex(MESSAGE_AGENT_COUNTS)
        .where('agent', 'api_developer')
        .select('recipient', 'priority', 'sent_count', 'read_count')
        .orderBy(['recipient', 'priority']);
      expect(
        api.map(r => [
          r.recipient,
          r.priority,
          Number(r.sent_count),
          Number(r.read_count),
        ]),
      ).toEqual([
        ['ALL', 'P0', 1, 0],
        ['ALL', 'P2', 1, 1],
        ['api_developer', 'P1', 0, 1],
        ['network_engineer', 'P3', 1, 0],
      ]);

      // The inboxes, from the counters: to it, and to ALL but from it.
      const inbox = async (agent: string) => {
        const c = await countInboxFromCounters(knex, agent, 'ALL');
        return {
          total: c.total,
          unread: Object.fromEntries(c.unreadByPriority),
        };
      };
      expect(await inbox('api_developer')).toMatchObject({
        total: 3, // d1, d2, b1
        unread: { P1: 1, P2: 0 },
      });
      expect(await inbox('network_engineer')).toMatchObject({
        total: 3, // d3, b2, b3
        unread: { P0: 1, P2: 1, P3: 1 },
      });
      expect(await inbox('security_specialist')).toMatchObject({
        total: 3, // b1, b2, b3
        unread: { P0: 1, P2: 1 },
      });
      expect(await inbox('context_manager')).toEqual({
        total: 3,
        unread: { P0: 1, P2: 2 },
      });

      await knex.migrate.down({ directory });
      expect(await knex.schema.hasTable(MESSAGE_TOTALS)).toBe(false);
      expect(await knex.schema.hasTable(MESSAGE_AGENT_COUNTS)).toBe(false);
      expect(Number((await knex(MESSAGES).count({ n: '*' }))[0].n)).toBe(6);
      await knex.migrate.up({ directory, name: COUNTS_MIGRATION });
      expect(await inbox('context_manager')).toEqual({
        total: 3,
        unread: { P0: 1, P2: 2 },
      });
      recordEngine(databaseId);
    }, 120_000);
  },
);
