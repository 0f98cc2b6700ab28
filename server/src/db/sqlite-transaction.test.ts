import { describe, expect, it } from 'vitest';
import { createParentsAndChildren, useTemporarySqlite } from './temporary-sqlite.test-support.ts';

describe('a SQLite transaction whose COMMIT is refused', () => {
  const sqlite = useTemporarySqlite(createParentsAndChildren);

  it('is rolled back, and the one writer goes on with the next transaction', async () => {
    // SQLite keeps the transaction open when a foreign key checked at COMMIT is broken.
    const { database } = sqlite;
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
    const { database } = sqlite;
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
