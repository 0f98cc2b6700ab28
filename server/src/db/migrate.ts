import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

const migrationsDir = fileURLToPath(new URL('../../../migrations/', import.meta.url));

type MigrationModule = { up: (knex: Knex) => Promise<void>; down: (knex: Knex) => Promise<void> };

/**
 * Reads `migrations/*.ts` ourselves and imports them as ES modules, so the same TypeScript
 * files run under Node's type stripping, Vitest and any bundler without knex's loader.
 */
const migrationSource: Knex.MigrationSource<string> = {
  async getMigrations() {
    const files = await fs.readdir(migrationsDir);
    return files.filter((file) => /^\d{14}_[a-z0-9_]+\.ts$/.test(file)).sort();
  },
  getMigrationName: (file) => file,
  async getMigration(file) {
    const module = (await import(
      pathToFileURL(path.join(migrationsDir, file)).href
    )) as MigrationModule;
    return { up: module.up, down: module.down };
  },
};

export async function migrateToLatest(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}

export async function rollbackAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ migrationSource }, true);
}

/** Migrations in migrations/ not yet applied to this database (GET /api/ready). */
export async function pendingMigrations(knex: Knex): Promise<string[]> {
  const [, pending] = (await knex.migrate.list({ migrationSource })) as [
    unknown,
    (string | { file: string })[],
  ];
  return pending.map((migration) => (typeof migration === 'string' ? migration : migration.file));
}
