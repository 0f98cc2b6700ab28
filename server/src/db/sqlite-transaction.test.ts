import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './database.ts';

describe('a SQLite transaction whose COMMIT is refused', () => {
  let directory: string;
  let database: Database;

  beforeEach(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-commit-'));
    database = createDatabase(`sqlite:${path.join(directory, 'test.sqlite')}`);
    await database.knex.schema.createTable('parents', (table) => {
      table.string('id').primary();
    });
    await database.knex.schema.createTable('children', (table) => {
      table.string('id').primary();
      table.string('parent_id').notNullable().references('parents.id');
    });
  });

  afterEach(async () => {
    await database.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('is rolled back, and the one writer goes on with the next transaction', async () => {
    // SQLite keeps the transaction open when a foreign key checked at COMMIT is broken.
    await expect(
      database.knex.transaction(async (trx) => {
        await trx.raw('PRAGMA defer_foreign_keys = ON');
        await trx('parents').insert({ id: 'kept?' });
        await trx('children').insert({ id: 'orphan', parent_id: 'missing' });
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
    await database.knex.transaction((trx) => trx('parents').insert({ id: 'next' }));
    expect(await database.knex('parents').select('id')).toEqual([{ id: 'next' }]);
    expect(await database.knex('children').select('id')).toEqual([]);
  });

  it('commits as before when nothing is wrong', async () => {
    const answer = await database.knex.transaction(async (trx) => {
      await trx('parents').insert({ id: 'p' });
      await trx('children').insert({ id: 'c', parent_id: 'p' });
      return 'done';
    });
    expect(answer).toBe('done');
    expect(await database.reader('children').select('id', 'parent_id')).toEqual([
      { id: 'c', parent_id: 'p' },
    ]);
  });
});
