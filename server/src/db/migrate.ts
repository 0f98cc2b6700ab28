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

/** Any fixed number: the key of the PostgreSQL advisory lock migrating instances take turns on. */
const migrationLockKey = 4_240_615;

async function runPendingMigrations(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}

/**
 * Brings the schema up to date. Several app instances starting at once on PostgreSQL take
 * turns on an advisory lock, held by a transaction on a connection of its own while the
 * migrations run on others: knex's own lock table cannot do that, since instances meeting an
 * empty database race to create it (and its `MigrationLocked` fails instead of waiting). The
 * next instance then finds nothing pending. The lock ends with its holder's session, so an
 * instance killed mid-migration leaves nothing locked. SQLite has one app process.
 */
export async function migrateToLatest(knex: Knex): Promise<string[]> {
  if ((knex.client as { dialect: string }).dialect !== 'postgresql')
    return runPendingMigrations(knex);
  return knex.transaction(async (turn) => {
    await turn.raw('SELECT pg_advisory_xact_lock(?)', [migrationLockKey]);
    return runPendingMigrations(knex);
  });
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
