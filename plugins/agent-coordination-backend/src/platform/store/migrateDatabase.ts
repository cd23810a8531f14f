import {
  resolvePackagePath,
  type DatabaseService,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const MIGRATIONS_DIR = resolvePackagePath(
  '@agent-coordination/plugin-agent-coordination-backend',
  'migrations',
);

/** Runs the packaged migrations unless the operator manages them. */
export async function migrateDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({ directory: MIGRATIONS_DIR });
  }
  return knex;
}

/** For tests: the directory, so they can step through migrations one by one. */
export function migrationsDirectory(): string {
  return MIGRATIONS_DIR;
}
