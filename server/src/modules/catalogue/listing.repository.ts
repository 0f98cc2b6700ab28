import type { Locale } from '@e-galleria/shared/locales';
import type { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import type { ProductFilters, ProductSort } from '@e-galleria/shared/catalogue';
import { searchTerms } from '@e-galleria/shared/search-text';
import type { Dialect } from '../../db/database.ts';
import { isoInstantSql, jsonBoolean, jsonObjectSql, readJsonObject } from '../../db/json-rows.ts';
import { keepPrepared } from '../../db/prepared-statements.ts';
import { rawRows } from '../../db/raw-rows.ts';
import type { SearchWord } from '@e-galleria/shared/search-text';
import {
  searchHitsSql,
  searchWordsIn,
  searchWordsLike,
  startsSomeSearchWord,
} from '../../db/search-index.ts';
import type { ListingCursor } from '../../http/keyset-cursor.ts';
import { productOf, type ProductRow } from './products.repository.ts';

/** The product columns a list item shows. */
type ListItemColumn =
  | 'id'
  | 'shop_id'
  | 'kind'
  | 'title'
  | 'category_id'
  | 'price_from_ore'
  | 'variant_count'
  | 'unit'
  | 'comparison_price_ore'
  | 'comparison_unit'
  | 'is_in_stock'
  | 'storage_class'
  | 'published_at';

export type ListingRow = Pick<ProductRow, ListItemColumn> & {
  first_image_id: string | null;
  shop_slug: string;
  shop_name: string;
  shop_village: string | null;
  /** The shop's home municipality, whose galleria has its shop page. */
  shop_municipality_slug: string;
  shop_content_locale: Locale;
  category_slug: string;
};

/** Where to list: one municipality's galleria (home shops and approved listings) or the region. */
export type ListingScope = { municipalityId: string | null };

/**
 * A row of a public listing page: its item already written as the API shows it (decision
 * 0066), and beside it what the service still needs: the photo to describe, the cursor's key.
 */
export type ListingPageRow = {
  /** A `ProductListItem` as JSON text whose last member is `"image"` with the value null. */
  item: string;
  id: string;
  first_image_id: string | null;
  /** The row's value of the page's sort, the key of a keyset cursor after it. */
  sort_key: number | string | null;
};

type FacetCount<Named> = Named & { id: string; count: number | string };
type FacetTotals = {
  total: number | string;
  min_ore: number | string | null;
  max_ore: number | string | null;
  in_stock: number | string | null;
  services: number | string | null;
};

const sortColumns: Record<ProductSort, { column: string; direction: 'asc' | 'desc' }> = {
  relevance: { column: 'h.score', direction: 'asc' },
  price_asc: { column: 'p.price_from_ore', direction: 'asc' },
  price_desc: { column: 'p.price_from_ore', direction: 'desc' },
  newest: { column: 'p.published_at', direction: 'desc' },
  // Within a category by id: uuid v7, so in the order the shop added them.
  category: { column: 'c.position', direction: 'asc' },
};

/** Marks a value's place in a kept page's SQL: a NUL no query string can carry. */
const placePrefix = '\u0000place:';

/**
 * The search repository: published products of published shops, filtered, searched and
 * sorted in ONE statement per page whatever its size, with keyset paging on (sort key, id).
 */
export function createListingRepository(knex: Knex, dialect: Dialect) {
  const listItemSql = listItemJsonSql(dialect);
  const arrayOf = dialect === 'postgres' ? 'json_agg' : 'json_group_array';

  /** The filtered set, without order or paging; facets and pages share it. */
  function filtered(scope: ListingScope, filters: ProductFilters) {
    const terms = searchTerms(filters.q ?? '');
    const query = knex('products as p')
      .join('shops as s', 's.id', 'p.shop_id')
      .join('categories as c', 'c.id', 'p.category_id')
      .where('p.status', 'published')
      .where('s.status', 'published');
    if (terms.length > 0) {
      const hits = searchHitsSql(dialect, terms);
      void query.join(knex.raw(`(${hits.sql}) as h`, hits.bindings), 'h.product_id', 'p.id');
    }
    if (scope.municipalityId !== null) {
      const municipalityId = scope.municipalityId;
      void query.where((inScope) => {
        void inScope.where('s.municipality_id', municipalityId).orWhereExists((listing) => {
          void listing
            .select(knex.raw('1'))
            .from('shop_listings as l')
            .whereRaw('l.shop_id = s.id')
            .where('l.municipality_id', municipalityId)
            .where('l.status', 'approved');
        });
      });
    }
    if (filters.category !== undefined) {
      const category = filters.category;
      void query.where((where) => void where.where('c.slug', category).orWhere('c.id', category));
    }
    if (filters.shop !== undefined) {
      const shop = filters.shop;
      void query.where((where) => void where.where('s.slug', shop).orWhere('s.id', shop));
    }
    if (filters.village !== undefined) void query.where('s.village', filters.village);
    if (filters.priceMinOre !== undefined)
      void query.where('p.price_from_ore', '>=', filters.priceMinOre);
    if (filters.priceMaxOre !== undefined)
      void query.where('p.price_from_ore', '<=', filters.priceMaxOre);
    if (filters.inStock !== undefined) void query.where('p.is_in_stock', filters.inStock);
    if (filters.kind !== undefined) void query.where('p.kind', filters.kind);
    return {
      query,
      hasTerms: terms.length > 0,
      isEmptySearch: filters.q !== undefined && terms.length === 0,
    };
  }

  /** One page of the filtered set, sorted and keyset-paged, as a query not yet run. */
  function pageQuery(
    scope: ListingScope,
    filters: ProductFilters,
    sort: ProductSort,
    cursor: ListingCursor | null,
    limit: number,
  ) {
    const { query, hasTerms } = filtered(scope, filters);
    const { column, direction } = sortColumns[sort === 'relevance' && !hasTerms ? 'newest' : sort];
    if (cursor) {
      const comparison = direction === 'asc' ? '>' : '<';
      void query.where((keyset) => {
        void keyset
          .where(column, comparison, cursor.key)
          .orWhere(
            (tie) => void tie.where(column, cursor.key).where('p.id', comparison, cursor.id),
          );
      });
    }
    return (
      query
        .join('municipalities as sm', 'sm.id', 's.municipality_id')
        .leftJoin('product_images as pi', (on) => {
          void on.on('pi.product_id', '=', 'p.id').andOnVal('pi.position', '=', 0);
        })
        .select(
          knex.raw(`${listItemSql} as item`),
          'p.id as id',
          'pi.image_id as first_image_id',
          `${column} as sort_key`,
        )
        .orderBy(column, direction)
        .orderBy('p.id', direction)
        // Written into the SQL (an integer the query schema checked): with the limit bound,
        // PostgreSQL judges a kept statement's generic plan too costly and plans every run.
        .limit(limit + 1, { skipBinding: true })
    );
  }

  /**
   * A listing page's SQL by its shape (which filters, the sort, a cursor or not, the limit),
   * built by knex once and kept: building it was about a third of a page's CPU (decision
   * 0053's second addendum). It is built with a named place for each value the page binds;
   * a later page of the same shape puts its own values in those places.
   */
  const compiledPages = new LRUCache<string, { sql: string; bindings: readonly unknown[] }>({
    max: 500,
  });
  function compiledPage(
    scope: ListingScope,
    values: Record<string, unknown>,
    sort: ProductSort,
    hasCursor: boolean,
    limit: number,
  ) {
    const named = Object.keys(values)
      .filter((name) => values[name] !== undefined)
      .sort();
    const shape = JSON.stringify([scope.municipalityId === null, named, sort, hasCursor, limit]);
    let compiled = compiledPages.get(shape);
    if (!compiled) {
      const placeOf = Object.fromEntries(named.map((name) => [name, `${placePrefix}${name}`]));
      const { municipalityId, cursorKey, cursorId, ...filters } = placeOf;
      const { sql, bindings } = pageQuery(
        { municipalityId: scope.municipalityId === null ? null : (municipalityId ?? null) },
        filters,
        sort,
        hasCursor ? ({ key: cursorKey, id: cursorId } as unknown as ListingCursor) : null,
        limit,
      ).toSQL();
      compiled = { sql, bindings };
      compiledPages.set(shape, compiled);
    }
    return {
      sql: compiled.sql,
      bindings: compiled.bindings.map((binding) =>
        typeof binding === 'string' && binding.startsWith(placePrefix)
          ? values[binding.slice(placePrefix.length)]
          : binding,
      ),
    };
  }

  return {
    async listPage(
      scope: ListingScope,
      filters: ProductFilters,
      sort: ProductSort,
      cursor: ListingCursor | null,
      limit: number,
    ): Promise<ListingPageRow[]> {
      const terms = searchTerms(filters.q ?? '');
      if (filters.q !== undefined && terms.length === 0) return [];
      // A search's plan depends on how many products its words match: built and planned
      // each time.
      if (terms.length > 0)
        return (await pageQuery(scope, filters, sort, cursor, limit)) as ListingPageRow[];
      const { sql, bindings } = compiledPage(
        scope,
        {
          ...filters,
          municipalityId: scope.municipalityId ?? undefined,
          cursorKey: cursor?.key,
          cursorId: cursor?.id,
        },
        sort,
        cursor !== null,
        limit,
      );
      return rawRows<ListingPageRow>(
        await keepPrepared(knex.raw(sql, bindings as Knex.RawBinding[])),
      );
    },

    /** Whether the filtered set has any product: one row read at most. */
    async hasAny(scope: ListingScope, filters: ProductFilters): Promise<boolean> {
      const { query, isEmptySearch } = filtered(scope, filters);
      if (isEmptySearch) return false;
      const rows = (await query.select(knex.raw('1 as found')).limit(1)) as unknown[];
      return rows.length > 0;
    },

    /** The search's vocabulary, for correcting a misspelt search (spelling-suggestion.ts). */
    vocabulary: {
      startsSomeWord: (term: string): Promise<boolean> => startsSomeSearchWord(knex, term),
      wordsLike: (
        term: string,
        trigrams: readonly string[],
        limit: number,
      ): Promise<SearchWord[]> => searchWordsLike(knex, term, trigrams, limit),
      wordsIn: (words: readonly string[]): Promise<SearchWord[]> => searchWordsIn(knex, words),
    },

    /**
     * Facet counts of the filtered set in one statement whatever its size: the set is read
     * once into a materialized CTE and counted four ways from there. Four statements each
     * read it again: a municipality's whole catalogue at region scale is a scan of every
     * product (a seventh of them match, so the planner rightly prefers the scan), paid four
     * times (decision 0053's addendum).
     */
    async facets(scope: ListingScope, filters: ProductFilters) {
      const set = filtered(scope, filters).query.select(
        'c.id as category_id',
        'c.slug as category_slug',
        's.id as shop_id',
        's.slug as shop_slug',
        's.name as shop_name',
        's.village as village',
        'p.price_from_ore as price_from_ore',
        'p.is_in_stock as is_in_stock',
        'p.kind as kind',
      );
      const { sql, bindings } = set.toSQL();
      const counted = (columns: Record<string, string>, groupBy: string, where = '') =>
        `(select ${arrayOf}(${jsonObjectSql(dialect, { ...columns, count: 'g.count' })}) from ` +
        `(select ${Object.values(columns).join(', ')}, count(*) as count from f ${where} ` +
        `group by ${groupBy}) as g)`;
      const totals = jsonObjectSql(dialect, {
        total: 'count(*)',
        min_ore: 'min(price_from_ore)',
        max_ore: 'max(price_from_ore)',
        in_stock: 'sum(case when is_in_stock then 1 else 0 end)',
        services: "sum(case when kind = 'service' then 1 else 0 end)",
      });
      const result = (await knex.raw(
        `with f as materialized (${sql}) select ` +
          `${counted({ id: 'category_id', slug: 'category_slug' }, 'category_id, category_slug')} as categories, ` +
          `${counted({ id: 'shop_id', slug: 'shop_slug', name: 'shop_name' }, 'shop_id, shop_slug, shop_name')} as shops, ` +
          `${counted({ name: 'village' }, 'village', 'where village is not null')} as villages, ` +
          `(select ${totals} from f) as totals`,
        bindings,
      )) as unknown;
      const [row] =
        rawRows<Record<'categories' | 'shops' | 'villages' | 'totals', unknown>>(result);
      if (!row) throw new Error('an aggregate answers one row');
      return {
        // json_agg of no rows is null on PostgreSQL; SQLite's json_group_array gives [].
        categories: (readJsonObject(row.categories) ?? []) as FacetCount<{ slug: string }>[],
        shops: (readJsonObject(row.shops) ?? []) as FacetCount<{ slug: string; name: string }>[],
        villages: (readJsonObject(row.villages) ?? []) as {
          name: string;
          count: number | string;
        }[],
        totals: readJsonObject(row.totals) as FacetTotals,
      };
    },
    /** A shop's own products, drafts and archived included, newest change first. */
    async shopProductsPage(
      shopId: string,
      status: string | undefined,
      cursor: ListingCursor | null,
      limit: number,
    ): Promise<ShopListingRow[]> {
      const query = knex('products as p')
        .join('shops as s', 's.id', 'p.shop_id')
        .join('categories as c', 'c.id', 'p.category_id')
        .where('p.shop_id', shopId);
      if (status !== undefined) void query.where('p.status', status);
      if (cursor)
        void query.where((keyset) => {
          void keyset
            .where('p.updated_at', '<', cursor.key)
            .orWhere(
              (tie) => void tie.where('p.updated_at', cursor.key).where('p.id', '<', cursor.id),
            );
        });
      const rows = (await query
        .join('municipalities as sm', 'sm.id', 's.municipality_id')
        .leftJoin('product_images as pi', (on) => {
          void on.on('pi.product_id', '=', 'p.id').andOnVal('pi.position', '=', 0);
        })
        .select(
          'p.*',
          's.slug as shop_slug',
          's.name as shop_name',
          's.village as shop_village',
          'sm.slug as shop_municipality_slug',
          's.content_locale as shop_content_locale',
          'c.slug as category_slug',
          'pi.image_id as first_image_id',
          knex.raw(
            '(select min(v.sku) from product_variants v where v.product_id = p.id and p.variant_count = 1) as single_sku',
          ),
          knex.raw(
            '(select sum(v.stock) from product_variants v where v.product_id = p.id) as stock_total',
          ),
        )
        .orderBy('p.updated_at', 'desc')
        .orderBy('p.id', 'desc')
        .limit(limit + 1)) as ShopListingRow[];
      return rows.map((row) => ({ ...row, ...productOf(row) }));
    },
  };
}

export type ListingRepository = ReturnType<typeof createListingRepository>;

export type ShopListingRow = ListingRow &
  ProductRow & { single_sku: string | null; stock_total: number | null };

/**
 * A list item as the API shows it (`ProductListItem`), written by the database as JSON text:
 * on a listing past the public read cache, parsing each row's columns, building the item and
 * writing it out again was a sixth of the event loop's time (decision 0066). The photo is
 * another module's to describe, so `image` is null here and last, for the service to fill in.
 * `listing-json.test.ts` holds this to `toListItem` on both engines.
 */
function listItemJsonSql(dialect: Dialect): string {
  const object = (columns: Record<string, string>) => jsonObjectSql(dialect, columns);
  const item = object({
    id: 'p.id',
    kind: 'p.kind',
    title: 'p.title',
    shop: object({
      id: 's.id',
      slug: 's.slug',
      name: 's.name',
      village: 's.village',
      municipalitySlug: 'sm.slug',
      contentLocale: 's.content_locale',
    }),
    category: object({ id: 'c.id', slug: 'c.slug' }),
    priceFromOre: 'p.price_from_ore',
    hasVariants: jsonBoolean(dialect, 'p.variant_count > 1'),
    unit: 'p.unit',
    comparisonPriceOre: 'p.comparison_price_ore',
    comparisonUnit: 'p.comparison_unit',
    isInStock: jsonBoolean(dialect, 'p.is_in_stock'),
    storageClass: 'p.storage_class',
    publishedAt: isoInstantSql(dialect, 'p.published_at'),
    image: 'null',
  });
  // pg would parse a json column into objects: the text is what is wanted.
  return dialect === 'postgres' ? `${item}::text` : item;
}
