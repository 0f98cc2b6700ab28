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
  // A price that is not one, or a range upside down, is said beside the fields (priceProblems)
  // and left out of the search, rather than answered with nothing found.
  const problems = priceProblems(params);
  const isUpsideDown = problems.priceMax === 'below_min';
  const priceMinOre = parseKronorToOre(text('priceMin'));
  const priceMaxOre = parseKronorToOre(text('priceMax'));
  if (priceMinOre !== null && !isUpsideDown) search.priceMinOre = priceMinOre;
  if (priceMaxOre !== null && !isUpsideDown) search.priceMaxOre = priceMaxOre;
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

export type PriceProblem = 'not_a_price' | 'below_min';

/** What is wrong with the price filter as typed: a text that is no price, or max below min. */
export function priceProblems(
  params: URLSearchParams,
): Partial<Record<'priceMin' | 'priceMax', PriceProblem>> {
  const typed = (name: string) => params.get(name)?.trim() ?? '';
  const problems: Partial<Record<'priceMin' | 'priceMax', PriceProblem>> = {};
  for (const name of ['priceMin', 'priceMax'] as const)
    if (typed(name) !== '' && parseKronorToOre(typed(name)) === null)
      problems[name] = 'not_a_price';
  const min = parseKronorToOre(typed('priceMin'));
  const max = parseKronorToOre(typed('priceMax'));
  if (min !== null && max !== null && max < min) problems.priceMax = 'below_min';
  return problems;
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
