import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { mockServices } from '@backstage/backend-test-utils';
import knexFactory, { type Knex } from 'knex';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { ChangeAnnouncer } from '../../platform/changes/ChangeAnnouncer';
import { ChangeRunner } from '../../platform/changes/ChangeRunner';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { EVENTS } from '../../platform/store/tables';
import { CONFLICTS } from '../store/tables';
import { sweepEscalations } from './escalationSweep';

const databases = createTestDatabases();
const { framework } = loadFramework(mockServices.rootConfig());
/** Bounded for CI; bench/escalation-sweep runs the full 1,000 across two processes. */
const CONFLICTS_PAST_DEADLINE = Number(process.env.EXACTLY_ONCE_CONFLICTS ?? 200);

/** A second connection pool to the same database: another backend replica. */
function secondReplica(knex: Knex): Knex {
  return knexFactory({ ...knex.client.config, pool: { min: 0, max: 5 } });
}

async function seed(knex: Knex, n: number, openedAt: string, deadlineAt: string) {
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `c-${String(i).padStart(5, '0')}`,
    type: 'technical',
    category: 'code_merge',
    title: `conflict ${i}`,
    description: null,
    status: 'open',
    level: 'L1',
    authority: 'parties_consensus',
    parties: '["network_engineer","api_developer"]',
    subject: '{"tasks":[],"components":[],"paths":[]}',
    blocks: '[]',
    primary_owners: '[]',
    votes: '[]',
    resolution: null,
    opened_at: openedAt,
    level_entered_at: openedAt,
    deadline_at: deadlineAt,
    breached_at: null,
    due_at: deadlineAt,
    change_set: null,
    version: 1,
    created_by: 'user:default/net',
    created_at: openedAt,
    updated_at: openedAt,
  }));
  for (let i = 0; i < rows.length; i += 100) await knex(CONFLICTS).insert(rows.slice(i, i + 100));
}

/*
 * Two replicas on one database sweep at the same moment: every conflict
 * past its deadline is escalated exactly once between them (the conditional
 * claim), none twice and none missed.
 */
describe.each(databases.eachSupportedId())('escalation exactly once across two replicas on %p', databaseId => {
  it(`escalates each of ${CONFLICTS_PAST_DEADLINE} overdue conflicts exactly once`, async () => {
    const a = await databases.init(databaseId);
    await a.migrate.latest({ directory: migrationsDirectory() });
    const b = databaseId === 'SQLITE_3' ? a : secondReplica(a);
    try {
      await seed(a, CONFLICTS_PAST_DEADLINE, '2026-01-01T00:00:00.000Z', '2026-01-01T04:00:00.000Z');
      const now = new Date('2026-01-01T04:30:00.000Z');
      const replicas = [a, b].map(db => new ChangeRunner({ db, announcer: new ChangeAnnouncer() }));
      const [ra, rb] = await Promise.all(replicas.map(r => sweepEscalations(r, framework, now)));

      const escalations: Array<{ subject_id: string; n: number | string }> = await a(EVENTS)
        .where('type', 'conflict.escalated')
        .groupBy('subject_id')
        .select('subject_id')
        .count({ n: '*' });
      const duplicates = escalations.filter(e => Number(e.n) > 1).length;
      const misses = CONFLICTS_PAST_DEADLINE - escalations.length;
      // eslint-disable-next-line no-console
      console.log(
        `${databaseId}: ${CONFLICTS_PAST_DEADLINE} overdue, replica A escalated ${ra.escalated} (skipped ${ra.skipped}), replica B ${rb.escalated} (skipped ${rb.skipped}): escalations ${escalations.length}, duplicates ${duplicates}, misses ${misses}`,
      );
      expect({ duplicates, misses }).toEqual({ duplicates: 0, misses: 0 });
      expect(ra.escalated + rb.escalated).toBe(CONFLICTS_PAST_DEADLINE);
      const levels: Array<{ level: string; n: number | string }> = await a(CONFLICTS).groupBy('level').select('level').count({ n: '*' });
      expect(levels.map(l => [l.level, Number(l.n)])).toEqual([['L2', CONFLICTS_PAST_DEADLINE]]);
      recordEngine(databaseId);
    } finally {
      if (b !== a) await b.destroy();
    }
  }, 120_000);
});
