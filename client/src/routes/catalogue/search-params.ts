import type { ProductSearch } from '../../api/catalogue-api.ts';
import { parseKronorToOre } from '../../lib/money.ts';

export const searchSorts = ['relevance', 'newest', 'price_asc', 'price_desc'] as const;
export const pageSize = 24;
/** Pages a URL may ask to restore at once; a longer list of cursors is cut. */
export const maxRestoredPages = 10;

/**
 * The search lives in the URL: the filters under the API's own names (prices in kronor, as
 * typed), and one `cursor` per extra page loaded with "Show more". Going back to the URL
 * restores the whole list the person had scrolled through.
 */
export function readSearch(params: URLSearchParams): {
  search: ProductSearch;
  cursors: string[];
} {
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const search: ProductSearch = { limit: pageSize };
  for (const name of ['q', 'category', 'shop', 'village'] as const) {
    const value = text(name);
    if (value) search[name] = value.slice(0, 200);
  }
  const priceMinOre = parseKronorToOre(text('priceMin'));
  const priceMaxOre = parseKronorToOre(text('priceMax'));
  if (priceMinOre !== null) search.priceMinOre = priceMinOre;
  if (priceMaxOre !== null) search.priceMaxOre = priceMaxOre;
  if (text('inStock') === 'true') search.inStock = true;
  const kind = text('kind');
  if (kind === 'good' || kind === 'service') search.kind = kind;
  const sort = text('sort');
  if ((searchSorts as readonly string[]).includes(sort)) search.sort = sort;
  const cursors = params
    .getAll('cursor')
    .filter((cursor) => cursor.length > 0 && cursor.length <= 400)
    .slice(0, maxRestoredPages - 1);
  return { search, cursors };
}

/** The same search with one more page: the URL "Show more" replaces the current one with. */
export function withNextCursor(params: URLSearchParams, nextCursor: string): string {
  const next = new URLSearchParams(params);
  next.append('cursor', nextCursor);
  return `?${next.toString()}`;
}

/** The same filters with other words searched for, from the first page again. */
export function withQuery(params: URLSearchParams, query: string): string {
  const next = new URLSearchParams(params);
  next.set('q', query);
  next.delete('cursor');
  return `?${next.toString()}`;
}

/** True when anything narrows the list beyond the words searched for. */
export function hasFilters(params: URLSearchParams): boolean {
  return ['category', 'shop', 'village', 'priceMin', 'priceMax', 'inStock', 'kind'].some(
    (name) => (params.get(name) ?? '') !== '',
  );
}
