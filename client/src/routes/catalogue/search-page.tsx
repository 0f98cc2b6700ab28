import { Link, type LoaderFunctionArgs, useLoaderData, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchProductFacets, searchProducts } from '../../api/catalogue-api.ts';
import { listCategories } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useRootData } from '../root-data.ts';
import { ProductCard } from './product-card.tsx';
import { SearchFilters } from './search-filters.tsx';
import { hasFilters, readSearch, withNextCursor, withQuery } from './search-params.ts';
import { useFocusFirstNewItem } from './use-focus-first-new-item.ts';

async function loadSearchPage({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? null;
  const { search, cursors } = readSearch(new URL(request.url).searchParams);
  const { signal } = request;
  // Every page the URL names is fetched at once, so "back" restores the list in one round trip.
  const [{ facets }, categories, ...pages] = await Promise.all([
    fetchProductFacets(slug, search, signal),
    listCategories(signal),
    searchProducts(slug, search, signal),
    ...cursors.map((cursor) => searchProducts(slug, { ...search, cursor }, signal)),
  ]);
  return {
    slug,
    facets,
    categories: categories.items,
    items: pages.flatMap((page) => page.items),
    nextCursor: pages.at(-1)?.nextCursor ?? null,
  };
}

function SearchPage() {
  const { t } = useTranslation();
  const { slug, facets, categories, items, nextCursor } = useLoaderData<typeof loadSearchPage>();
  const { municipalities } = useRootData();
  const [searchParams] = useSearchParams();
  const query = searchParams.get('q')?.trim() ?? '';
  const municipalityName =
    municipalities.find((municipality) => municipality.slug === slug)?.name ?? null;
  const title = municipalityName
    ? t('catalogue.search.titleIn', { municipality: municipalityName })
    : t('catalogue.search.titleRegion');
  const listRef = useFocusFirstNewItem<HTMLOListElement>(items.length);

  return (
    <div className="page search-page">
      <PageHeading title={query ? t('catalogue.search.titleFor', { query }) : title} />
      <div className="search-layout">
        <SearchFilters facets={facets} categories={categories} />
        <section aria-labelledby="results-heading" className="search-results">
          <h2 id="results-heading" aria-live="polite">
            {t('catalogue.search.resultCount', { count: facets.total })}
          </h2>
          {items.length === 0 ? (
            <EmptyResults
              slug={slug}
              isFiltered={hasFilters(searchParams)}
              query={query}
              didYouMean={facets.didYouMean}
            />
          ) : (
            <ol className="product-grid" ref={listRef}>
              {items.map((product, index) => (
                <li key={product.id}>
                  <ProductCard
                    product={product}
                    municipalitySlug={slug}
                    // The first row of two on a phone is what the visitor sees first.
                    isPriority={index < 2}
                  />
                </li>
              ))}
            </ol>
          )}
          {nextCursor ? (
            <p className="search-results__more">
              <Link
                to={withNextCursor(searchParams, nextCursor)}
                // The longer list replaces the shorter one in history: back leaves the search.
                replace
                preventScrollReset
                className="button button--secondary"
              >
                {t('catalogue.search.showMore')}
              </Link>
            </p>
          ) : null}
        </section>
      </div>
    </div>
  );
}

function EmptyResults(props: {
  slug: string | null;
  isFiltered: boolean;
  query: string;
  didYouMean: string | null;
}) {
  const { slug, isFiltered, query, didYouMean } = props;
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <div className="notice search-results__empty">
      <p>
        {query ? t('catalogue.search.emptyFor', { query }) : t('catalogue.search.emptyNothing')}
      </p>
      {didYouMean ? (
        <p className="search-results__did-you-mean">
          {t('catalogue.search.didYouMeanLead')}{' '}
          <Link to={withQuery(searchParams, didYouMean)}>
            {t('catalogue.search.didYouMeanWord', { suggestion: didYouMean })}
          </Link>
          ?
        </p>
      ) : null}
      <p>{t('catalogue.search.suggestionsIntro')}</p>
      <ul>
        {/* Spelling and words only help a search with words in it. */}
        {query ? (
          <>
            <li>{t('catalogue.search.suggestionSpelling')}</li>
            <li>{t('catalogue.search.suggestionShorter')}</li>
          </>
        ) : null}
        {isFiltered ? (
          <li>
            <Link to={query ? `?q=${encodeURIComponent(query)}` : '?'}>
              {t('catalogue.search.suggestionClearFilters')}
            </Link>
          </li>
        ) : null}
        {slug && query ? (
          <li>
            <Link to={`/sok?q=${encodeURIComponent(query)}`}>
              {t('catalogue.search.suggestionRegion')}
            </Link>
          </li>
        ) : null}
        {slug ? (
          <li>
            <Link to={`/${slug}/butiker`}>{t('catalogue.search.suggestionShops')}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

export const route = { loader: loadSearchPage, Component: SearchPage };
