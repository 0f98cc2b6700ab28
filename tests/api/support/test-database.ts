import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { createDatabase, type Database } from '../../../server/src/db/database.ts';
import { migrateToLatest } from '../../../server/src/db/migrate.ts';
import { createLocalFileStorage } from '../../../server/src/integrations/file-storage.ts';
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

/**
 * Where one test run keeps its databases. Every PostgreSQL database of a run carries the
 * run's id, so two runs on one server (two developers, CI beside a session) never drop each
 * other's; the id starts with the run's start time so leftovers of crashed runs can be told.
 */
export type TestRun = { id: string; sqliteTemplate: string };

export function newTestRunId(): string {
  return `${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
}

const prefixOf = (runId: string) => `e_galleria_api_${runId}_`;
const templateOf = (runId: string) => `${prefixOf(runId)}template`;
const staleAfterSeconds = 3 * 60 * 60;

export async function buildTemplate(
  kind: TestDatabaseKind,
  run: TestRun,
): Promise<() => Promise<void> | void> {
  const { sqliteTemplate } = run;
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
    await dropStaleRuns(admin);
    await admin.raw(`CREATE DATABASE ${templateOf(run.id)}`);
  });
  const database = createDatabase(withDatabaseName(postgresUrl, templateOf(run.id)));
  await prepare(database);
  await database.close();
  return () => withAdminConnection((admin) => dropDatabasesLike(admin, `${prefixOf(run.id)}%`));
}

/** The address of a run's PostgreSQL template, e.g. for app servers started on it. */
export function postgresTemplateUrl(run: TestRun): string {
  return withDatabaseName(postgresUrl, templateOf(run.id));
}

/**
 * Where test apps keep uploaded files (test-app.ts), across runs. The demo pictures are drawn
 * into it when the template is seeded; a later run finds them stored and encodes nothing.
 */
export const testUploadsDir = path.join(os.tmpdir(), 'e-galleria-api-uploads');

async function prepare(database: Database) {
  await migrateToLatest(database.knex);
  await seedDemoRegion(database.knex, testHasher, {
    now: Date.UTC(2026, 10, 1),
    files: createLocalFileStorage(testUploadsDir),
  });
}

/** A test file's database, with the address another connection to it would use. */
export type TestDatabase = Database & { url: string };

/** A fresh copy of the template for one test file. */
export async function createTestDatabase(run: TestRun): Promise<TestDatabase> {
  const suffix = randomBytes(6).toString('hex');
  if (testDatabaseKind === 'sqlite') {
    const file = path.join(os.tmpdir(), `e-galleria-api-${suffix}.sqlite`);
    fs.copyFileSync(run.sqliteTemplate, file);
    const url = `sqlite:${file}`;
    const database = createDatabase(url);
    return {
      ...database,
      url,
      close: async () => {
        await database.close();
        for (const extra of ['', '-wal', '-shm']) fs.rmSync(file + extra, { force: true });
      },
    };
  }
  const name = `${prefixOf(run.id)}${suffix}`;
  await withAdminConnection((admin) =>
    admin.raw(`CREATE DATABASE ${name} TEMPLATE ${templateOf(run.id)}`),
  );
  const url = withDatabaseName(postgresUrl, name);
  const database = createDatabase(url);
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await withAdminConnection((admin) =>
        admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/**
 * Connections of their own to a test file's database, as another app server on it would
 * have; closing them leaves the database to its owner.
 */
export function openTestDatabaseAgain(database: TestDatabase): TestDatabase {
  return { ...createDatabase(database.url), url: database.url };
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

/** Databases of runs that started hours ago: a crashed run's leftovers, never a live run's. */
async function dropStaleRuns(admin: knex.Knex) {
  const { rows } = await admin.raw<{ rows: { datname: string }[] }>(
    'SELECT datname FROM pg_database WHERE datname LIKE ?',
    ['e_galleria_api_%'],
  );
  const now = Date.now() / 1000;
  for (const { datname } of rows) {
    const startedAt = Number(/^e_galleria_api_(\d+)_/.exec(datname)?.[1]);
    if (startedAt > 0 && now - startedAt > staleAfterSeconds)
      await admin.raw(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}
