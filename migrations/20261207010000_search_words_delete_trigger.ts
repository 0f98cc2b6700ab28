import type { Knex } from 'knex';

// The nightly sweep removes words no product uses any more from the search's vocabulary
// (decision 0061). On SQLite each word's trigrams are rows of an FTS5 table kept in step by a
// trigger on insert (migration 20261206180000); this one takes them out with the word.
// PostgreSQL's GiST index follows its table by itself.

function isSqlite(knex: Knex): boolean {
  return (knex.client as { dialect?: unknown }).dialect !== 'postgresql';
}

export async function up(knex: Knex): Promise<void> {
  if (!isSqlite(knex)) return;
  await knex.raw(
    `CREATE TRIGGER search_words_trigrams_removed AFTER DELETE ON search_words BEGIN
       DELETE FROM search_word_trigrams WHERE rowid = old.id;
     END`,
  );
}

export async function down(knex: Knex): Promise<void> {
  if (!isSqlite(knex)) return;
  await knex.raw('DROP TRIGGER IF EXISTS search_words_trigrams_removed');
}
