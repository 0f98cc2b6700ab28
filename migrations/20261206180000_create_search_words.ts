import type { Knex } from 'knex';

// The search's vocabulary, for "menade du …?" (decision 0058): the words of product titles,
// variants, categories and shop names and their compound tails, folded as the search folds
// them and kept as written, with their trigrams indexed. SQLite: FTS5's trigram tokenizer over each word padded as
// pg_trgm pads it, kept in step by a trigger. PostgreSQL: the pg_trgm extension (trusted since
// PostgreSQL 13: the database's owner may create it) and a GiST index of the words' trigrams.
// The words of the products already there are added once; the folding is copied here as it
// was on this day (a landed migration never changes with the server's code).

function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type SearchWord = { word: string; shown: string; isWholeWord: boolean };

function tailStarts(length: number): number[] {
  const starts: number[] = [];
  for (let start = 3; length - start >= 4; start++) starts.push(start);
  return starts;
}

function searchWordsOf(text: string): SearchWord[] {
  const found = new Map<string, SearchWord>();
  const add = (word: string, shown: string, isWholeWord: boolean) => {
    const known = found.get(word);
    if (!known) found.set(word, { word, shown: shown.slice(0, 64), isWholeWord });
    else if (isWholeWord) known.isWholeWord = true;
  };
  for (const written of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const word = foldForSearch(written);
    if (word.length < 3 || word.length > 40 || word.includes(' ') || /^[0-9]+$/.test(word))
      continue;
    add(word, written, true);
    if (word.length === written.length)
      for (const start of tailStarts(word.length))
        add(word.slice(start), written.slice(start), false);
  }
  return [...found.values()];
}

function isSqlite(knex: Knex): boolean {
  return (knex.client as { dialect?: unknown }).dialect !== 'postgresql';
}

export async function up(knex: Knex): Promise<void> {
  if (isSqlite(knex)) {
    // An integer key of its own: the FTS rows point at it, and VACUUM may renumber the
    // implicit rowid of a table without one.
    await knex.raw(
      `CREATE TABLE search_words (
         id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE, shown TEXT NOT NULL,
         is_whole_word BOOLEAN NOT NULL
       )`,
    );
    await knex.raw(
      `CREATE VIRTUAL TABLE search_word_trigrams USING fts5(
         padded, tokenize = 'trigram', detail = 'none'
       )`,
    );
    await knex.raw(
      `CREATE TRIGGER search_words_trigrams AFTER INSERT ON search_words BEGIN
         INSERT INTO search_word_trigrams (rowid, padded) VALUES (new.id, '  ' || new.word || ' ');
       END`,
    );
  } else {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await knex.schema.createTable('search_words', (table) => {
      // Byte order, as on SQLite: a term's words are a range of the key.
      table.specificType('word', 'varchar(64) COLLATE "C"').primary();
      table.string('shown', 64).notNullable();
      table.boolean('is_whole_word').notNullable();
    });
    // GiST, not GIN: its nearest-first scan (`ORDER BY word <-> term LIMIT n`) is the plan
    // PostgreSQL always takes; with GIN and `%` it judged the common trigrams' lists too
    // long and read the whole table instead (40 ms against 10–14 at 56 000 words).
    await knex.raw(
      'CREATE INDEX search_words_trigrams ON search_words USING GIST (word gist_trgm_ops)',
    );
  }
  await addExistingWords(knex);
}

async function addExistingWords(knex: Knex) {
  const texts: string[] = [];
  for (const row of await knex('products').select<{ title: string }[]>('title'))
    texts.push(row.title);
  for (const row of await knex('product_variants')
    .whereNotNull('name')
    .select<{ name: string }[]>('name'))
    texts.push(row.name);
  for (const row of await knex('shops').select<{ name: string }[]>('name')) texts.push(row.name);
  for (const row of await knex('categories').select<{ name: string }[]>('name')) {
    try {
      texts.push(...Object.values(JSON.parse(row.name) as Record<string, string>));
    } catch {
      // A category name that is not JSON has no words to add.
    }
  }
  const words = new Map<string, SearchWord>();
  for (const text of texts)
    for (const word of searchWordsOf(text)) {
      const known = words.get(word.word);
      if (!known) words.set(word.word, word);
      else if (word.isWholeWord) known.isWholeWord = true;
    }
  const sorted = [...words.values()].sort((a, b) => (a.word < b.word ? -1 : 1));
  for (let start = 0; start < sorted.length; start += 400) {
    const chunk = sorted.slice(start, start + 400);
    await knex.raw(
      `INSERT INTO search_words (word, shown, is_whole_word) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
      chunk.flatMap((word) => [word.word, word.shown, word.isWholeWord]),
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  if (isSqlite(knex)) {
    await knex.raw('DROP TRIGGER IF EXISTS search_words_trigrams');
    await knex.raw('DROP TABLE IF EXISTS search_word_trigrams');
  }
  // pg_trgm stays: other things in the database may have come to use it.
  await knex.schema.dropTableIfExists('search_words');
}
