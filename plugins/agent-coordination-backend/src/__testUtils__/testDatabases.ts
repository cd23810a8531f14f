import { TestDatabases, type TestDatabaseId } from '@backstage/backend-test-utils';
import { appendFileSync } from 'fs';

/**
 * The engines every database suite runs on. PostgreSQL and MySQL run only
 * when their connection strings are set (scripts/test.sh and .ci/run set
 * them); each suite records the engines it really used so CI can fail when
 * one was silently skipped.
 */
export const ENGINES: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'];

export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: ENGINES });
}

/** Notes that a suite ran a real query on `id`. */
export function recordEngine(id: TestDatabaseId): void {
  const report = process.env.AGENT_COORDINATION_ENGINE_REPORT;
  if (report) appendFileSync(report, `${id}\n`);
}
