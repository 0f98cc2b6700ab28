import type { Knex } from 'knex';
import { swedishWordsFor } from '@e-galleria/shared/finnish-search-words';
import type { SearchWord } from '@e-galleria/shared/search-text';
import type { Dialect } from './database.ts';
import { rawRows } from './raw-rows.ts';

// The product search index, the one place that knows SQLite FTS5 from PostgreSQL full-text
// search. Both index text folded by `foldForSearch` (shared/src/search-text.ts), so `räk`,
// `rak` and `RÄK` are the same word on either engine, and both match each query term as a
// prefix. Scores are rounded so a keyset cursor can carry them exactly.
//
// Beside it, the search's vocabulary (`search_words`, migration 20261206180000): the words of
// product titles, variants, categories and shop names, each with its trigrams indexed (FTS5's
// trigram tokenizer on SQLite, pg_trgm on PostgreSQL), so a search that finds nothing can be
// answered "menade du …?" with the closest word (decision 0058).

/** What the index holds of one product. */
export type SearchDocument = {
  productId: string;
  title: string;
  body: string;
  /** The words a misspelt search may be corrected to. */
  words: readonly SearchWord[];
};

export function dialectOf(knex: Knex): Dialect {
  // The dialect class's own name: our clients extend knex's (database.ts), so `config.client`
  // is a class, not the string `pg`.
  return (knex.client as { dialect?: unknown }).dialect === 'postgresql' ? 'postgres' : 'sqlite';
}

export async function createSearchIndex(knex: Knex): Promise<void> {
  if (dialectOf(knex) === 'sqlite') {
    // remove_diacritics 2 also folds what foldForSearch missed; title weighs more than body.
    await knex.raw(
      `CREATE VIRTUAL TABLE product_search USING fts5(
         product_id UNINDEXED, title, body,
         tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
       )`,
    );
    return;
  }
  await knex.schema.createTable('product_search', (table) => {
    table.string('product_id', 36).primary().references('products.id').onDelete('CASCADE');
    table.specificType('document', 'tsvector').notNullable();
  });
  await knex.raw('CREATE INDEX product_search_document ON product_search USING GIN (document)');
}

export async function dropSearchIndex(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('product_search');
}

/** Replaces a product's document; call inside the transaction that changes the product. */
export async function writeSearchDocument(db: Knex, document: SearchDocument): Promise<void> {
  await writeSearchWords(db, document.words);
  if (dialectOf(db) === 'sqlite') {
    await db.raw('DELETE FROM product_search WHERE product_id = ?', [document.productId]);
    await db.raw('INSERT INTO product_search (product_id, title, body) VALUES (?, ?, ?)', [
      document.productId,
      document.title,
      document.body,
    ]);
    return;
  }
  await db.raw(
    `INSERT INTO product_search (product_id, document)
     VALUES (?, setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'D'))
     ON CONFLICT (product_id) DO UPDATE SET document = excluded.document`,
    [document.productId, document.title, document.body],
  );
}

/** Many documents in one statement per engine, for imports and bulk loads. */
export async function writeSearchDocuments(
  db: Knex,
  documents: readonly SearchDocument[],
): Promise<void> {
  if (documents.length === 0) return;
  await writeSearchWords(
    db,
    documents.flatMap((document) => document.words),
  );
  const ids = documents.map((document) => document.productId);
  if (dialectOf(db) === 'sqlite') {
    for (let start = 0; start < documents.length; start += 300) {
      const chunk = documents.slice(start, start + 300);
      await db('product_search')
        .whereIn(
          'product_id',
          chunk.map((document) => document.productId),
        )
        .delete();
      await db.raw(
        `INSERT INTO product_search (product_id, title, body) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
        chunk.flatMap((document) => [document.productId, document.title, document.body]),
      );
    }
    return;
  }
  await db.raw(
    `INSERT INTO product_search (product_id, document)
     SELECT id, setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'D')
     FROM unnest(?::text[], ?::text[], ?::text[]) AS d(id, title, body)
     ON CONFLICT (product_id) DO UPDATE SET document = excluded.document`,
    [ids, documents.map((document) => document.title), documents.map((document) => document.body)],
  );
}

export async function deleteSearchDocument(db: Knex, productId: string): Promise<void> {
  await db.raw('DELETE FROM product_search WHERE product_id = ?', [productId]);
}

/**
 * A subquery `(product_id, score)` of the products matching every term (or, for a Finnish
 * word of the list, one of its Swedish words) as a prefix; lower score is better on both
 * engines. Terms are folded `[a-z0-9]+` words (searchTerms), and so are the Swedish words, so
 * neither can carry query syntax.
 */
export function searchHitsSql(
  dialect: Dialect,
  terms: readonly string[],
): { sql: string; bindings: string[] } {
  // A Finnish word of the list also finds the Swedish words shops write (decision 0075).
  const wordsOf = (term: string) => [term, ...swedishWordsFor(term)];
  if (dialect === 'sqlite') {
    const match = (term: string) => {
      const words = wordsOf(term).map((word) => `"${word}"*`);
      return words.length === 1 ? words[0] : `(${words.join(' OR ')})`;
    };
    return {
      sql: `SELECT product_id, round(bm25(product_search, 10.0, 1.0), 6) AS score
            FROM product_search WHERE product_search MATCH ?`,
      // FTS5 wants the AND spelt out after a parenthesised group; it is what a space means.
      bindings: [terms.map(match).join(' AND ')],
    };
  }
  const match = (term: string) => {
    const words = wordsOf(term).map((word) => `${word}:*`);
    return words.length === 1 ? words[0] : `(${words.join(' | ')})`;
  };
  return {
    sql: `SELECT product_id, round(-ts_rank(document, q)::numeric, 6)::float8 AS score
          FROM product_search, to_tsquery('simple', ?) AS q WHERE document @@ q`,
    bindings: [terms.map(match).join(' & ')],
  };
}

/**
 * Adds words to the vocabulary; words it holds already stay as they are. A word no product
 * uses any more is never suggested, because a suggestion is only made when searching for it
 * finds something; the nightly sweep takes it out (`pruneSearchWords`).
 */
export async function writeSearchWords(db: Knex, words: readonly SearchWord[]): Promise<void> {
  const byWord = new Map<string, SearchWord>();
  for (const word of words) {
    const known = byWord.get(word.word);
    if (!known || (word.isWholeWord && !known.isWholeWord)) byWord.set(word.word, word);
  }
  // In one order on every writer: two transactions adding the same new words on PostgreSQL
  // wait for each other in turn instead of each holding one the other needs.
  const distinct = [...byWord.values()].sort((a, b) =>
    a.word < b.word ? -1 : a.word > b.word ? 1 : 0,
  );
  const sqlite = dialectOf(db) === 'sqlite';
  for (let start = 0; start < distinct.length; start += 300) {
    const chunk = distinct.slice(start, start + 300);
    await db.raw(
      `${sqlite ? 'INSERT OR IGNORE' : 'INSERT'} INTO search_words (word, shown, is_whole_word)
       VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}${sqlite ? '' : ' ON CONFLICT (word) DO NOTHING'}`,
      chunk.flatMap((word) => [word.word, word.shown, word.isWholeWord]),
    );
    // A word known only as a compound's tail that is now written alone. An update of the rows
    // that change only: most writes change none and lock none.
    const wholeWords = chunk.filter((word) => word.isWholeWord).map((word) => word.word);
    if (wholeWords.length > 0)
      await db('search_words')
        .whereIn('word', wholeWords)
        .where('is_whole_word', false)
        .update({ is_whole_word: true });
  }
}

/**
 * Makes product writes wait for the caller's transaction before they add words: the nightly
 * sweep reads what products use and removes the rest, and a word added meanwhile by a product
 * it has not seen would go (decision 0061). On PostgreSQL a table lock that the writers' row
 * lock waits for, readers not; on SQLite the transaction holds the one writer already.
 */
export async function lockSearchWords(db: Knex): Promise<void> {
  if (dialectOf(db) === 'postgres')
    await db.raw('LOCK TABLE search_words IN SHARE ROW EXCLUSIVE MODE');
}

/**
 * Keeps the vocabulary to `used` (each word, and whether some product uses it whole): the
 * other words go, and a word now used only as a compound's tail is no longer marked whole.
 * Call in a transaction after `lockSearchWords`. Answers how many words went and changed.
 */
export async function pruneSearchWords(
  db: Knex,
  used: ReadonlyMap<string, boolean>,
): Promise<{ removed: number; noLongerWhole: number }> {
  const held = await db('search_words').select<VocabularyRow[]>('word', 'is_whole_word');
  const unused = held.filter((row) => !used.has(row.word)).map((row) => row.word);
  const noLongerWhole = held
    .filter((row) => Boolean(row.is_whole_word) && used.get(row.word) === false)
    .map((row) => row.word);
  for (let start = 0; start < unused.length; start += 500)
    await db('search_words')
      .whereIn('word', unused.slice(start, start + 500))
      .delete();
  for (let start = 0; start < noLongerWhole.length; start += 500)
    await db('search_words')
      .whereIn('word', noLongerWhole.slice(start, start + 500))
      .update({ is_whole_word: false });
  return { removed: unused.length, noLongerWhole: noLongerWhole.length };
}

/** Whether a folded term starts some word of the vocabulary: then it is no typo. */
export async function startsSomeSearchWord(db: Knex, term: string): Promise<boolean> {
  // Words are [a-z0-9]; `{` sorts right after `z` in byte order, the column's collation on
  // both engines, so this is a range of the primary key.
  const rows = (await db('search_words')
    .where('word', '>=', term)
    .where('word', '<', `${term}{`)
    .select('word')
    .limit(1)) as unknown[];
  return rows.length > 0;
}

/**
 * Vocabulary words sharing trigrams with a folded term, the likeliest first: on PostgreSQL
 * the nearest by pg_trgm's distance (`<->`, one minus similarity), read nearest-first from
 * the GiST index; on SQLite the words sharing any of the term's trigrams, by FTS5's rank. The caller ranks them again by
 * `trigramSimilarity`, the same figure on both engines. Compound tails only when as long as
 * the term give or take a letter, the rule spelling-suggestion.ts applies, here before the
 * limit: the many tails a long word has would otherwise crowd the words out of it.
 */
export async function searchWordsLike(
  db: Knex,
  term: string,
  trigrams: readonly string[],
  limit: number,
): Promise<SearchWord[]> {
  const lengths = [term.length - 1, term.length + 1];
  const result: unknown =
    dialectOf(db) === 'sqlite'
      ? await db.raw(
          `SELECT w.word AS word, w.shown AS shown, w.is_whole_word AS is_whole_word
           FROM search_word_trigrams t
           JOIN search_words w ON w.id = t.rowid
           WHERE search_word_trigrams MATCH ?
             AND (w.is_whole_word OR length(w.word) BETWEEN ? AND ?)
           ORDER BY rank LIMIT ?`,
          [trigrams.map((trigram) => `"${trigram}"`).join(' OR '), ...lengths, limit],
        )
      : await db.raw(
          `SELECT word, shown, is_whole_word FROM search_words
           WHERE (is_whole_word OR length(word) BETWEEN ? AND ?)
           ORDER BY word <-> ? LIMIT ?`,
          [...lengths, term, limit],
        );
  return rawRows<VocabularyRow>(result).map(searchWordOf);
}

/** Those of these folded words the vocabulary holds: one read of the primary key. */
export async function searchWordsIn(db: Knex, words: readonly string[]): Promise<SearchWord[]> {
  if (words.length === 0) return [];
  const rows = await db('search_words')
    .whereIn('word', words)
    .select<VocabularyRow[]>('word', 'shown', 'is_whole_word');
  return rows.map(searchWordOf);
}

type VocabularyRow = { word: string; shown: string; is_whole_word: boolean | number };

const searchWordOf = (row: VocabularyRow): SearchWord => ({
  word: row.word,
  shown: row.shown,
  isWholeWord: Boolean(row.is_whole_word),
});
