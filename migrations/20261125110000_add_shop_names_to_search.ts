import type { Knex } from 'knex';

// Search documents now hold the shop's name (so "silvervägens" finds the shop's goods):
// existing documents are rewritten once. What it needs is copied here as it was on this day
// (folding, compound tails, the document, the writes): a landed migration never changes with
// the server's code.

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

function compoundTails(foldedText: string): string[] {
  const tails = new Set<string>();
  for (const word of foldedText.split(' '))
    for (let start = 3; word.length - start >= 4; start++) tails.add(word.slice(start));
  return [...tails];
}

function categorySearchText(nameJson: string): string {
  try {
    return Object.values(JSON.parse(nameJson) as Record<string, string>).join(' ');
  } catch {
    return '';
  }
}

type SearchDocument = { productId: string; title: string; body: string };

function searchDocumentOf(
  product: { id: string; title: string; description: string },
  variants: readonly { name: string | null; sku: string }[],
  context: { categoryName: string; shopName: string },
): SearchDocument {
  const variantWords = variants.map((variant) => `${variant.name ?? ''} ${variant.sku}`).join(' ');
  const title = foldForSearch(product.title);
  const body = foldForSearch(
    `${variantWords} ${context.categoryName} ${context.shopName} ${product.description}`,
  );
  return { productId: product.id, title, body: `${body} ${compoundTails(title).join(' ')}`.trim() };
}

// By the dialect, not the configured client: the app passes its own client classes
// (server/src/db/database.ts), whose dialect is still knex's.
function isSqlite(knex: Knex): boolean {
  return (knex.client as { dialect?: unknown }).dialect !== 'postgresql';
}

async function writeSearchDocuments(knex: Knex, documents: readonly SearchDocument[]) {
  if (documents.length === 0) return;
  if (isSqlite(knex)) {
    for (let start = 0; start < documents.length; start += 300) {
      const chunk = documents.slice(start, start + 300);
      await knex('product_search')
        .whereIn(
          'product_id',
          chunk.map((document) => document.productId),
        )
        .delete();
      await knex.raw(
        `INSERT INTO product_search (product_id, title, body) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
        chunk.flatMap((document) => [document.productId, document.title, document.body]),
      );
    }
    return;
  }
  await knex.raw(
    `INSERT INTO product_search (product_id, document)
     SELECT id, setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'D')
     FROM unnest(?::text[], ?::text[], ?::text[]) AS d(id, title, body)
     ON CONFLICT (product_id) DO UPDATE SET document = excluded.document`,
    [
      documents.map((document) => document.productId),
      documents.map((document) => document.title),
      documents.map((document) => document.body),
    ],
  );
}

export async function up(knex: Knex): Promise<void> {
  const categories = await knex('categories').select<{ id: string; name: string }[]>('id', 'name');
  const categoryNames = new Map(categories.map((row) => [row.id, categorySearchText(row.name)]));
  const shops = await knex('shops').select<{ id: string; name: string }[]>('id', 'name');
  for (const shop of shops) {
    const products = await knex('products')
      .where({ shop_id: shop.id })
      .select<{ id: string; title: string; description: string; category_id: string }[]>(
        'id',
        'title',
        'description',
        'category_id',
      );
    if (products.length === 0) continue;
    const variants = await knex('product_variants')
      .where({ shop_id: shop.id })
      .select<{ product_id: string; name: string | null; sku: string }[]>(
        'product_id',
        'name',
        'sku',
      );
    await writeSearchDocuments(
      knex,
      products.map((product) =>
        searchDocumentOf(
          product,
          variants.filter((variant) => variant.product_id === product.id),
          { categoryName: categoryNames.get(product.category_id) ?? '', shopName: shop.name },
        ),
      ),
    );
  }
}

export async function down(): Promise<void> {
  // The longer documents are harmless to an older version: nothing to undo.
}
