import fs from 'node:fs';
import path from 'node:path';
import { createDatabase } from '../../server/src/db/database.ts';

/**
 * A copy of a database this checkout migrated, made openable by an older baseline's server:
 * knex refuses to start ("the migration directory is corrupt") when the database has run a
 * migration whose file the baseline lacks, so those rows are forgotten in the copy. What
 * they created stays; the baseline's code never asks for it. Only for benchmark copies.
 */
export async function forgetMigrationsTheBaselineLacks(
  databaseUrl: string,
  baselineRoot: string,
): Promise<string[]> {
  const known = new Set(fs.readdirSync(path.join(baselineRoot, 'migrations')));
  const database = createDatabase(databaseUrl);
  try {
    const rows: { name: string }[] = await database.knex('knex_migrations').select('name');
    const unknown = rows.map((row) => row.name).filter((name) => !known.has(name));
    if (unknown.length > 0) await database.knex('knex_migrations').whereIn('name', unknown).del();
    return unknown;
  } finally {
    await database.close();
  }
}
