import type { Knex } from 'knex';
import { newId } from '../../server/src/db/ids.ts';
import {
  type SearchDocument,
  writeSearchDocuments,
  writeSearchWords,
} from '../../server/src/db/search-index.ts';
import { searchWordsOf } from '@e-galleria/shared/search-text';
import {
  deriveListingColumns,
  searchDocumentOf,
} from '../../server/src/modules/catalogue/product-derivations.ts';
import type {
  ProductRow,
  VariantRow,
} from '../../server/src/modules/catalogue/products.repository.ts';

// A generated region for the catalogue benchmark: 5 municipalities and 250 shops by default
// (14 and 1 500 at region scale), and goods added in steps, written the way the catalogue
// writes them (listing columns, search index).

const municipalityNames = [
  ['arjeplog', 'Arjeplog'],
  ['arvidsjaur', 'Arvidsjaur'],
  ['jokkmokk', 'Jokkmokk'],
  ['pajala', 'Pajala'],
  ['kalix', 'Kalix'],
  ['alvsbyn', 'Älvsbyn'],
  ['overkalix', 'Överkalix'],
  ['overtornea', 'Övertorneå'],
  ['haparanda', 'Haparanda'],
  ['boden', 'Boden'],
  ['gallivare', 'Gällivare'],
  ['kiruna', 'Kiruna'],
  ['pitea', 'Piteå'],
  ['lulea', 'Luleå'],
] as const;
const villages = ['Laisvall', 'Slagnäs', 'Jäckvik', 'Moskosel', 'Vuollerim', 'Korpilombolo'];
const adjectives = [
  'Ekologisk',
  'Färsk',
  'Rökt',
  'Lokal',
  'Hemgjord',
  'Norrländsk',
  'Fjäll',
  'Klassisk',
];
// One family per eighth of the goods: a word like `mjölk` is a broad query.
const nouns = ['Mjölk', 'Ost', 'Bröd', 'Korv', 'Sylt', 'Kaffe', 'Fisk', 'Skruv'];
const categories = ['cat-livsmedel', 'cat-bageri', 'cat-fisk-och-vilt', 'cat-jarn-och-bygg'];

export type BenchRegion = { municipalitySlugs: string[]; shopIds: string[] };

export async function createRegion(
  knex: Knex,
  now: number,
  size: { municipalities: number; shops: number } = { municipalities: 5, shops: 250 },
): Promise<BenchRegion> {
  const regionId = newId();
  await knex('regions').insert({
    id: regionId,
    slug: 'bench',
    name: 'Benchregion',
    created_at: now,
  });
  const municipalities = municipalityNames.slice(0, size.municipalities).map(([slug, name]) => ({
    id: newId(),
    region_id: regionId,
    slug,
    name,
    status: 'active',
    front_page: JSON.stringify({ title: { sv: name }, intro: { sv: name } }),
    created_at: now,
    updated_at: now,
  }));
  await knex('municipalities').insert(municipalities);
  const shops = Array.from({ length: size.shops }, (_, index) => ({
    id: newId(),
    municipality_id: municipalities[index % municipalities.length]?.id ?? '',
    slug: `butik-${index}`,
    name: `Butik ${index}`,
    status: 'published',
    village: villages[index % villages.length] ?? null,
    published_at: now,
    created_at: now,
    updated_at: now,
  }));
  for (let start = 0; start < shops.length; start += 250)
    await knex('shops').insert(shops.slice(start, start + 250));
  return {
    municipalitySlugs: municipalities.map((row) => row.slug),
    shopIds: shops.map((row) => row.id),
  };
}

/** Goods number `from` to `to - 1`; every 10 000th is a räksmörgås (the selective query). */
export async function insertGoods(
  knex: Knex,
  region: BenchRegion,
  from: number,
  to: number,
  now: number,
) {
  const batch = 5000;
  for (let start = from; start < to; start += batch) {
    const products: ProductRow[] = [];
    const variants: VariantRow[] = [];
    const documents: SearchDocument[] = [];
    for (let index = start; index < Math.min(to, start + batch); index++) {
      const id = newId();
      const at = now - index * 1000;
      const title =
        index % 10_000 === 0
          ? `Räksmörgås ${index}`
          : `${adjectives[index % adjectives.length] ?? ''} ${nouns[Math.floor(index / 8) % nouns.length] ?? ''} ${index}`;
      const trackStock = index % 3 === 0;
      const variant: VariantRow = {
        id: newId(),
        product_id: id,
        shop_id: region.shopIds[index % region.shopIds.length] ?? '',
        name: null,
        sku: `SKU-${index}`,
        price_ore: 500 + ((index * 7919) % 50_000),
        stock: trackStock ? index % 4 : null,
        content_amount: 500,
        content_unit: 'g',
        position: 0,
        created_at: at,
        updated_at: at,
      };
      const product: ProductRow = {
        id,
        shop_id: variant.shop_id,
        kind: 'good',
        title,
        description: 'Från trakten, i lagom förpackning.',
        category_id: categories[index % categories.length] ?? 'cat-livsmedel',
        status: 'published',
        vat_class: 'food',
        unit: 'piece',
        storage_class: 'ambient',
        track_stock: trackStock,
        ...deriveListingColumns(trackStock, [variant]),
        published_at: at,
        created_at: at,
        updated_at: at,
      };
      products.push(product);
      variants.push(variant);
      documents.push(
        searchDocumentOf(product, [variant], {
          categoryName: 'Livsmedel Groceries',
          shopName: `Butik ${index % region.shopIds.length}`,
        }),
      );
    }
    await knex.transaction(async (trx) => {
      for (let offset = 0; offset < products.length; offset += 500) {
        await trx('products').insert(products.slice(offset, offset + 500));
        await trx('product_variants').insert(variants.slice(offset, offset + 500));
      }
      await writeSearchDocuments(trx, documents);
    });
  }
}

// Common Swedish syllables, so the made-up words' trigrams are about as frequent as real ones.
const syllables = [
  'ka',
  'lo',
  'mar',
  'sk',
  'ber',
  'ti',
  'ös',
  'ran',
  'gel',
  'vik',
  'ström',
  'bo',
  'lund',
  'fjäll',
  'myr',
  'tä',
  'sil',
  'ver',
  'hö',
  'nas',
  'pe',
  'tor',
  'gå',
  'ek',
  'bär',
  'hus',
  'dal',
  'vat',
  'ten',
  'sjö',
  'lin',
  'u',
  'ne',
  'rå',
  'tu',
  'sa',
  'ho',
  'gran',
  'ur',
  'kö',
  'pin',
  'ad',
  'el',
  'sten',
  'bröd',
  'ny',
  'fo',
  'vä',
];

/**
 * A vocabulary of a region's size for "menade du …?" (decision 0058): the generated goods
 * use a dozen words, where a real region's titles, shops and categories hold tens of
 * thousands. `count` made-up words of three or four syllables.
 */
export async function insertVocabulary(knex: Knex, count: number) {
  const words = [];
  for (let index = 0; index < count; index++) {
    let word = '';
    for (
      let digit = 0, rest = index;
      digit < 4;
      digit++, rest = Math.floor(rest / syllables.length)
    )
      word += syllables[rest % syllables.length] ?? '';
    words.push(...searchWordsOf(word));
  }
  await writeSearchWords(knex, words);
}
