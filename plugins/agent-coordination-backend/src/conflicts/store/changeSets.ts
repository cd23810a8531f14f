import type { Knex } from 'knex';
import { CHANGE_SETS } from './tables';

export async function changeSetExists(tx: Knex, id: string): Promise<boolean> {
  return (await tx(CHANGE_SETS).where({ id }).first('id')) !== undefined;
}

export async function insertChangeSet(
  tx: Knex,
  row: { id: string; agent: string; paths: string[]; ref: string | null; createdBy: string; createdAt: string },
) {
  await tx(CHANGE_SETS).insert({
    id: row.id,
    agent: row.agent,
    paths: JSON.stringify(row.paths),
    ref: row.ref,
    created_by: row.createdBy,
    created_at: row.createdAt,
  });
}
