import { Fragment } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductFacets, ProductListItem } from '@e-galleria/shared/catalogue';
import type { Category } from '@e-galleria/shared/shops';
import { fetchProductFacets, searchProducts } from '../../api/catalogue-api.ts';
import { listCategories } from '../../api/shops-api.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { ProductCard } from '../catalogue/product-card.tsx';
import { readSearch, withNextCursor } from '../catalogue/search-params.ts';
import { useFocusFirstNewItem } from '../catalogue/use-focus-first-new-item.ts';

export type ShopProducts = {
  items: ProductListItem[];
  nextCursor: string | null;
  facets: ProductFacets;
  categories: Category[];
};

/**
 * A shop's goods and services in its galleria, grouped by category in the catalogue's order
 * and paged like search: the URL holds the chosen `category` and one `cursor` per page
 * loaded with "Show more", so going back restores the whole list.
 */
export async function loadShopProducts(
  municipalitySlug: string,
  shopSlug: string,
  params: URLSearchParams,
  signal: AbortSignal,
): Promise<ShopProducts> {
  const { search, cursors } = readSearch(params);
  const listed = { ...search, shop: shopSlug, sort: 'category' };
  const [{ facets }, categories, ...pages] = await Promise.all([
    // Every category's count, whichever is chosen, for the links between them.
    fetchProductFacets(municipalitySlug, { shop: shopSlug }, signal),
    listCategories(signal),
    searchProducts(municipalitySlug, listed, signal),
    ...cursors.map((cursor) => searchProducts(municipalitySlug, { ...listed, cursor }, signal)),
  ]);
  return {
    items: pages.flatMap((page) => page.items),
    nextCursor: pages.at(-1)?.nextCursor ?? null,
    facets,
    categories: categories.items,
  };
}

/** Consecutive products of one category: the list is sorted by category. */
function groupByCategory(items: readonly ProductListItem[]) {
  const groups: { slug: string; id: string; items: ProductListItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.slug === item.category.slug) last.items.push(item);
    else groups.push({ slug: item.category.slug, id: item.category.id, items: [item] });
  }
  return groups;
}

export function ShopProductsSection({
  products,
  municipalitySlug,
}: {
  products: ShopProducts;
  municipalitySlug: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { items, nextCursor, facets, categories } = products;
  const containerRef = useFocusFirstNewItem<HTMLDivElement>(items.length);
  const chosen = params.get('category') ?? '';
  const nameOf = (id: string, slug: string) =>
    categories.find((category) => category.id === id)?.name[locale] ?? slug;
  // One heading per category only where there is more than one to tell apart.
  const hasSeveral = facets.categories.length > 1;
  const inCatalogueOrder = categories.flatMap((category) => {
    const facet = facets.categories.find((candidate) => candidate.id === category.id);
    return facet ? [{ ...facet, name: category.name[locale] }] : [];
  });

  return (
    <section aria-labelledby="shop-products-heading" className="shop-products">
      <h2 id="shop-products-heading">{t('shops.storefront.productsHeading')}</h2>
      {facets.total === 0 ? <p>{t('shops.storefront.noProducts')}</p> : null}
      {hasSeveral ? (
        <nav aria-label={t('shops.storefront.categoriesNav')}>
          <ul className="chip-list">
            <li>
              <Link
                to="?"
                className="chip"
                preventScrollReset
                aria-current={chosen === '' ? 'page' : undefined}
              >
                {t('shops.storefront.allCategoriesCount', { count: facets.total })}
              </Link>
            </li>
            {inCatalogueOrder.map((category) => (
              <li key={category.id}>
                <Link
                  to={`?category=${encodeURIComponent(category.slug)}`}
                  className="chip"
                  preventScrollReset
                  aria-current={chosen === category.slug ? 'page' : undefined}
                >
                  {t('catalogue.filters.withCount', {
                    label: category.name,
                    count: category.count,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div ref={containerRef}>
        {groupByCategory(items).map((group) => {
          const grid = (
            <ol className="product-grid">
              {group.items.map((product) => (
                <li key={product.id}>
                  <ProductCard
                    product={product}
                    municipalitySlug={municipalitySlug}
                    headingLevel={hasSeveral ? 4 : 3}
                    isShopShown={false}
                  />
                </li>
              ))}
            </ol>
          );
          return hasSeveral ? (
            <section key={group.slug} aria-labelledby={`shop-category-${group.slug}`}>
              <h3 id={`shop-category-${group.slug}`}>{nameOf(group.id, group.slug)}</h3>
              {grid}
            </section>
          ) : (
            <Fragment key={group.slug}>{grid}</Fragment>
          );
        })}
      </div>
      {nextCursor ? (
        <p className="search-results__more">
          <Link
            to={withNextCursor(params, nextCursor)}
            // The longer list replaces the shorter one in history: back leaves the shop.
            replace
            preventScrollReset
            className="button button--secondary"
          >
            {t('catalogue.search.showMore')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
