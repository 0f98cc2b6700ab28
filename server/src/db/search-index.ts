import type { Knex } from 'knex';
import type { Dialect } from './database.ts';

// The product search index, the one place that knows SQLite FTS5 from PostgreSQL full-text
// search. Both index text folded by `foldForSearch` (shared/src/search-text.ts), so `räk`,
// `rak` and `RÄK` are the same word on either engine, and both match each query term as a
// prefix. Scores are rounded so a keyset cursor can carry them exactly.

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
export async function writeSearchDocument(
  db: Knex,
  document: { productId: string; title: string; body: string },
): Promise<void> {
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
  documents: readonly { productId: string; title: string; body: string }[],
): Promise<void> {
  if (documents.length === 0) return;
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
 * A subquery `(product_id, score)` of the products matching every term as a prefix; lower
 * score is better on both engines. Terms are folded `[a-z0-9]+` words (searchTerms), so
 * they cannot carry query syntax.
 */
export function searchHitsSql(
  dialect: Dialect,
  terms: readonly string[],
): { sql: string; bindings: string[] } {
  if (dialect === 'sqlite') {
    return {
      sql: `SELECT product_id, round(bm25(product_search, 10.0, 1.0), 6) AS score
            FROM product_search WHERE product_search MATCH ?`,
      bindings: [terms.map((term) => `"${term}"*`).join(' ')],
    };
  }
  return {
    sql: `SELECT product_id, round(-ts_rank(document, q)::numeric, 6)::float8 AS score
          FROM product_search, to_tsquery('simple', ?) AS q WHERE document @@ q`,
    bindings: [terms.map((term) => `${term}:*`).join(' & ')],
  };
}
