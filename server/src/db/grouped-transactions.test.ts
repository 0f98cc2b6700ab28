import type { Knex } from 'knex';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { createParentsAndChildren, useTemporarySqlite } from './temporary-sqlite.test-support.ts';

// Group commit on SQLite's one writer (grouped-transactions.ts, decision 0018): units share a
// transaction only in ways that cannot be told from running them one by one.
describe('grouped transactions on SQLite', () => {
  const sqlite = useTemporarySqlite(createParentsAndChildren);
  let database: Database;
  let begins: number;

  beforeEach(() => {
    database = sqlite.database;
    begins = 0;
    database.knex.on('query', (query: { sql: string }) => {
      if (/^begin/i.test(query.sql)) begins += 1;
    });
  });

  /** Holds the writer with a first unit until `release` is called, so that others queue. */
  function holdWriter() {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const first = database.groupedTransaction(async (trx) => {
      await trx('parents').insert({ id: 'first' });
      await released;
      return 'first';
    });
    return { first, release };
  }

  const insertParent = (id: string) => (trx: Knex.Transaction) =>
    trx('parents')
      .insert({ id })
      .then(() => id);

  const idsIn = async (table: string) =>
    (await database.reader(table).orderBy('id').select('id')).map((row: { id: string }) => row.id);

  it('runs the units that waited for the writer in one transaction, each with its answer', async () => {
    const { first, release } = holdWriter();
    const waiting = ['a', 'b', 'c', 'd', 'e'].map((id) =>
      database.groupedTransaction(insertParent(id)),
    );
    release();
    expect(await first).toBe('first');
    expect(await Promise.all(waiting)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(begins).toBe(2);
    expect(await idsIn('parents')).toEqual(['a', 'b', 'c', 'd', 'e', 'first']);
  });

  it('holds at most 16 units in one transaction', async () => {
    const { first, release } = holdWriter();
    const ids = Array.from({ length: 20 }, (_, index) => `p${String(index).padStart(2, '0')}`);
    const waiting = ids.map((id) => database.groupedTransaction(insertParent(id)));
    release();
    await first;
    await Promise.all(waiting);
    expect(begins).toBe(3);
    expect(await idsIn('parents')).toHaveLength(21);
  });

  it('refuses a unit that throws only once the others committed, having run them again', async () => {
    const { first, release } = holdWriter();
    const runs = { a: 0, c: 0 };
    const a = database.groupedTransaction(async (trx) => {
      runs.a += 1;
      return insertParent('a')(trx);
    });
    const b = database.groupedTransaction(async (trx) => {
      await trx('parents').insert({ id: 'b' });
      throw new Error('b changed its mind');
    });
    const c = database.groupedTransaction(async (trx) => {
      runs.c += 1;
      return insertParent('c')(trx);
    });
    const seenWhenRefused = b.catch(async (error: unknown) => ({
      error: (error as Error).message,
      parents: await idsIn('parents'),
    }));
    release();
    await first;
    expect(await a).toBe('a');
    expect(await c).toBe('c');
    // a ran, b failed after it and rolled it back; a and c then ran and committed.
    expect(runs).toEqual({ a: 2, c: 1 });
    expect(await seenWhenRefused).toEqual({
      error: 'b changed its mind',
      parents: ['a', 'c', 'first'],
    });
  });

  it('refuses only the unit at fault when COMMIT finds a foreign key broken', async () => {
    const { first, release } = holdWriter();
    const units = [
      database.groupedTransaction(async (trx) => {
        await trx('parents').insert({ id: 'a' });
        await trx('children').insert({ id: 'a1', parent_id: 'a' });
      }),
      // Foreign keys are checked at COMMIT in a grouped transaction: this insert succeeds.
      database.groupedTransaction((trx) => trx('children').insert({ id: 'x1', parent_id: 'x' })),
      database.groupedTransaction(insertParent('c')),
    ];
    release();
    await first;
    const outcomes = await Promise.allSettled(units);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(await idsIn('parents')).toEqual(['a', 'c', 'first']);
    expect(await idsIn('children')).toEqual(['a1']);
    // The writer is usable afterwards: the refused COMMIT was rolled back.
    await database.knex.transaction((trx) => trx('parents').insert({ id: 'after' }));
    expect(await idsIn('parents')).toContain('after');
  });

  it('answers a lone unit as soon as its own transaction commits', async () => {
    expect(await database.groupedTransaction(insertParent('alone'))).toBe('alone');
    expect(begins).toBe(1);
    expect(await idsIn('parents')).toEqual(['alone']);
  });
});
