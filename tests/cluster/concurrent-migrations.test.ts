import knex from 'knex';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { migrateToLatest, pendingMigrations } from '../../server/src/db/migrate.ts';
import { newTestRunId } from '../api/support/test-database.ts';

// Issue 15: app instances deployed together start at once on an empty PostgreSQL database;
// each migrates before it listens. Without turns, knex's instances race to create its
// migration tables and its lock fails instead of waiting, so most of them crashed at start.

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// The API tests' prefix and run id, so a crashed run's leftover is dropped by a later run.
const name = `e_galleria_api_${newTestRunId()}_migrations`;
const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
let instances: Database[] = [];

beforeAll(async () => {
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  instances = Array.from({ length: 4 }, () => createDatabase(url.toString()));
});

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()));
  await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.destroy();
});

it('four instances migrating an empty database at once all start, and each migration runs once', async () => {
  const results = await Promise.allSettled(
    instances.map((instance) => migrateToLatest(instance.knex)),
  );

  expect(results.map((result) => result.status)).toEqual(Array(4).fill('fulfilled'));
  const applied = results.map((result) => (result.status === 'fulfilled' ? result.value : []));
  // One instance found everything pending; the others, waiting their turn, found nothing.
  expect(applied.filter((files) => files.length > 0)).toHaveLength(1);
  const [first] = instances;
  if (!first) throw new Error('no instance');
  expect(await pendingMigrations(first.knex)).toEqual([]);
  const rows = await first.knex('knex_migrations').select<{ name: string }[]>('name');
  expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length);
  expect(rows.length).toBe(applied.flat().length);
});
