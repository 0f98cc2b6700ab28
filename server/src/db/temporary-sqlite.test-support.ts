import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach } from 'vitest';
import { createDatabase, type Database } from './database.ts';

/**
 * A SQLite file of its own for each test of the file, made as the app makes it (one writer,
 * read-only readers), with `schema` run first; removed after the test.
 */
export function useTemporarySqlite(schema: (knex: Knex) => Promise<unknown>): {
  readonly database: Database;
} {
  let directory = '';
  let database: Database | undefined;
  beforeEach(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-sqlite-'));
    database = createDatabase(`sqlite:${path.join(directory, 'test.sqlite')}`);
    await schema(database.knex);
  });
  afterEach(async () => {
    await database?.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });
  return {
    get database() {
      if (!database) throw new Error('the temporary database exists only inside a test');
      return database;
    },
  };
}

/** Parents and children with a foreign key between them. */
export async function createParentsAndChildren(knex: Knex): Promise<void> {
  await knex.schema.createTable('parents', (table) => {
    table.string('id').primary();
  });
  await knex.schema.createTable('children', (table) => {
    table.string('id').primary();
    table.string('parent_id').notNullable().references('parents.id');
  });
}
