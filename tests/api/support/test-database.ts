import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { createDatabase, type Database } from '../../../server/src/db/database.ts';
import { migrateToLatest } from '../../../server/src/db/migrate.ts';
import { seedDemoRegion } from '../../../server/src/seed/demo-region.ts';
import { testHasher } from './test-hasher.ts';

/**
 * A real database per test file, made cheap the Epic Stack way: the migrated and seeded
 * template is built once per run, then copied (a file copy on SQLite, CREATE DATABASE …
 * TEMPLATE on PostgreSQL).
 */
export type TestDatabaseKind = 'sqlite' | 'postgres';

export const testDatabaseKind: TestDatabaseKind =
  process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const postgresTemplate = 'e_galleria_api_template';

export async function buildTemplate(
  kind: TestDatabaseKind,
  sqliteTemplate: string,
): Promise<() => Promise<void> | void> {
  if (kind === 'sqlite') {
    fs.rmSync(sqliteTemplate, { force: true });
    const database = createDatabase(`sqlite:${sqliteTemplate}`);
    await prepare(database);
    // Fold the WAL into the main file so a plain copy carries everything.
    await database.knex.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    await database.close();
    return () => {
      for (const suffix of ['', '-wal', '-shm'])
        fs.rmSync(sqliteTemplate + suffix, { force: true });
    };
  }
  await withAdminConnection(async (admin) => {
    await dropDatabasesLike(admin, 'e_galleria_api_%');
    await admin.raw(`CREATE DATABASE ${postgresTemplate}`);
  });
  const database = createDatabase(withDatabaseName(postgresUrl, postgresTemplate));
  await prepare(database);
  await database.close();
  return () => withAdminConnection((admin) => dropDatabasesLike(admin, 'e_galleria_api_%'));
}

async function prepare(database: Database) {
  await migrateToLatest(database.knex);
  await seedDemoRegion(database.knex, testHasher, Date.UTC(2026, 10, 1));
}

/** A fresh copy of the template for one test file. */
export async function createTestDatabase(sqliteTemplate: string): Promise<Database> {
  const suffix = randomBytes(6).toString('hex');
  if (testDatabaseKind === 'sqlite') {
    const file = path.join(os.tmpdir(), `e-galleria-api-${suffix}.sqlite`);
    fs.copyFileSync(sqliteTemplate, file);
    const database = createDatabase(`sqlite:${file}`);
    return {
      ...database,
      close: async () => {
        await database.close();
        for (const extra of ['', '-wal', '-shm']) fs.rmSync(file + extra, { force: true });
      },
    };
  }
  const name = `e_galleria_api_${suffix}`;
  await withAdminConnection((admin) =>
    admin.raw(`CREATE DATABASE ${name} TEMPLATE ${postgresTemplate}`),
  );
  const database = createDatabase(withDatabaseName(postgresUrl, name));
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminConnection((admin) =>
        admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function withAdminConnection<T>(work: (admin: knex.Knex) => Promise<T>): Promise<T> {
  const admin = knex({ client: 'pg', connection: postgresUrl, pool: { min: 0, max: 1 } });
  try {
    return await work(admin);
  } finally {
    await admin.destroy();
  }
}

async function dropDatabasesLike(admin: knex.Knex, pattern: string) {
  const { rows } = await admin.raw<{ rows: { datname: string }[] }>(
    'SELECT datname FROM pg_database WHERE datname LIKE ?',
    [pattern],
  );
  for (const { datname } of rows)
    await admin.raw(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
}
