import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { useTemporarySqlite } from './temporary-sqlite.test-support.ts';

// The writer and the readers reuse prepared statements (sqlite-statement-cache.ts); these are
// the ways reuse could give a wrong answer or hang.
describe('SQLite connections that keep their prepared statements', () => {
  const sqlite = useTemporarySqlite(async (knex) => {
    await knex.schema.createTable('items', (table) => {
      table.string('id').primary();
      table.integer('stock').notNullable();
    });
    await knex('items').insert([
      { id: 'a', stock: 3 },
      { id: 'b', stock: 1 },
    ]);
  });
  let database: Database;

  beforeEach(() => {
    database = sqlite.database;
  });

  it('answers the same query with each call’s own bindings and counts', async () => {
    const take = (id: string) =>
      database.knex('items').where({ id }).where('stock', '>=', 1).decrement('stock', 1);
    expect(await take('a')).toBe(1);
    expect(await take('b')).toBe(1);
    expect(await take('b')).toBe(0);
    expect(await database.knex('items').where({ id: 'a' }).first()).toEqual({ id: 'a', stock: 2 });
    expect(await database.knex('items').where({ id: 'b' }).first()).toEqual({ id: 'b', stock: 0 });
  });

  it('runs statements sent together in one transaction each once, in some order', async () => {
    // Sent together, the first time before any is kept: node-sqlite3 runs them in whatever
    // order its threads take them (the checkout relies on exactly this being harmless).
    for (let round = 0; round < 2; round++) {
      const results = await database.knex.transaction((trx) =>
        Promise.all(
          ['a', 'b', 'a'].map((id) =>
            trx('items').where({ id }).decrement('stock', 1).returning(['id', 'stock']),
          ),
        ),
      );
      const first = 3 - 2 * round;
      expect(results[1]).toEqual([{ id: 'b', stock: round === 0 ? 0 : -1 }]);
      expect([results[0]?.[0]?.stock, results[2]?.[0]?.stock].sort()).toEqual([
        first - 2,
        first - 1,
      ]);
    }
    expect(await database.knex('items').orderBy('id')).toEqual([
      { id: 'a', stock: -1 },
      { id: 'b', stock: -1 },
    ]);
  });

  it('rejects a statement that cannot be prepared, then goes on', async () => {
    await expect(database.knex.raw('select nonsense from nowhere')).rejects.toThrow(/no such/);
    await expect(database.knex.raw('select nonsense from nowhere')).rejects.toThrow(/no such/);
    expect(await database.knex('items').count({ n: '*' })).toEqual([{ n: 2 }]);
  });

  it('prepares afresh after a failure and after the schema changed', async () => {
    const insert = (id: string) => database.knex('items').insert({ id, stock: 1 });
    await insert('c');
    await expect(insert('c')).rejects.toThrow(/UNIQUE/);
    await insert('d');
    await database.knex.schema.alterTable('items', (table) => {
      table.string('note');
    });
    expect(await database.knex('items').where({ id: 'd' }).first()).toEqual({
      id: 'd',
      stock: 1,
      note: null,
    });
  });

  it('leaves no read open on the reader: a reader sees the next commit', async () => {
    const stockOfA = async () =>
      (await database.reader('items').where({ id: 'a' }).first<{ stock: number }>('stock')).stock;
    expect(await stockOfA()).toBe(3);
    await database.knex('items').where({ id: 'a' }).update({ stock: 7 });
    expect(await stockOfA()).toBe(7);
  });
});
