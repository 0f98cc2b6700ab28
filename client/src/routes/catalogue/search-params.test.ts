import { describe, expect, test } from 'vitest';
import { hasFilters, priceProblems, readSearch, withNextCursor } from './search-params.ts';

describe('search state in the URL', () => {
  test('filters are read under the API names, prices from kronor to öre', () => {
    const { search, cursors } = readSearch(
      new URLSearchParams(
        'q=räk&category=livsmedel&priceMin=10&priceMax=49,90&inStock=true&kind=good&sort=price_asc',
      ),
    );
    expect(search).toEqual({
      limit: 24,
      q: 'räk',
      category: 'livsmedel',
      priceMinOre: 1000,
      priceMaxOre: 4990,
      inStock: true,
      kind: 'good',
      sort: 'price_asc',
    });
    expect(cursors).toEqual([]);
  });

  test('unknown sorts, kinds and unreadable prices are left out rather than sent', () => {
    const { search } = readSearch(new URLSearchParams('sort=cheapest&kind=car&priceMin=ten'));
    expect(search).toEqual({ limit: 24 });
  });

  test('a price that is not one, or a range upside down, is named and left out', () => {
    const unreadable = new URLSearchParams('priceMin=ten&priceMax=50');
    expect(priceProblems(unreadable)).toEqual({ priceMin: 'not_a_price' });
    expect(readSearch(unreadable).search).toEqual({ limit: 24, priceMaxOre: 5000 });
    const upsideDown = new URLSearchParams('priceMin=100&priceMax=49,90');
    expect(priceProblems(upsideDown)).toEqual({ priceMax: 'below_min' });
    expect(readSearch(upsideDown).search).toEqual({ limit: 24 });
    expect(priceProblems(new URLSearchParams('priceMin=10&priceMax=10'))).toEqual({});
  });

  test('each loaded page adds a cursor, and restoring keeps them in order', () => {
    const first = withNextCursor(new URLSearchParams('q=bröd'), 'c1');
    const second = withNextCursor(new URLSearchParams(first), 'c2');
    expect(readSearch(new URLSearchParams(second)).cursors).toEqual(['c1', 'c2']);
  });

  test('the query alone is not a filter; a facet is', () => {
    expect(hasFilters(new URLSearchParams('q=bröd&sort=newest'))).toBe(false);
    expect(hasFilters(new URLSearchParams('q=bröd&village=Laisvall'))).toBe(true);
  });
});
