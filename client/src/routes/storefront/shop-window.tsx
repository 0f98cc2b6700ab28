import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductFacets, ProductListItem } from '@e-galleria/shared/catalogue';
import type { ServicePointSummary } from '@e-galleria/shared/service-points';
import type { Category, ShopSummary } from '@e-galleria/shared/shops';
import { fetchProductFacets, searchProducts } from '../../api/catalogue-api.ts';
import { listPublicServicePoints } from '../../api/service-points-api.ts';
import { listCategories, listPublicShops } from '../../api/shops-api.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { ProductCard } from '../catalogue/product-card.tsx';
import { servicePointsPath } from '../service-points/paths.ts';
import { TodaysHours } from '../service-points/todays-hours.tsx';
import { ShopCard } from '../shops/shop-card.tsx';

/** Shop cards on the front page; the rest are one link away. */
const shownShops = 6;
const newGoodsCount = 8;

export type ShopWindow = {
  shops: ShopSummary[];
  facets: ProductFacets;
  categories: Category[];
  newGoods: ProductListItem[];
  servicePoints: ServicePointSummary[];
};

/** Everything the front page shows of a galleria, fetched at once. */
export async function loadShopWindow(slug: string, signal: AbortSignal): Promise<ShopWindow> {
  const [shops, { facets }, categories, newGoods, servicePoints] = await Promise.all([
    listPublicShops(slug, {}, signal),
    fetchProductFacets(slug, {}, signal),
    listCategories(signal),
    searchProducts(slug, { sort: 'newest', kind: 'good', limit: newGoodsCount }, signal),
    listPublicServicePoints(slug, signal),
  ]);
  return {
    shops: shops.items,
    facets,
    categories: categories.items,
    newGoods: newGoods.items,
    servicePoints: servicePoints.items,
  };
}

/**
 * The galleria as a shop window: its shops, its categories, what is new, and where to
 * collect. Home delivery is not offered anywhere yet, so nothing here mentions it.
 */
export function ShopWindowSections(props: {
  window: ShopWindow;
  municipality: { slug: string; name: string };
  now: number;
}) {
  const { window, municipality, now } = props;
  return (
    <>
      <ShopsSection shops={window.shops} municipality={municipality} now={now} />
      <CategoriesSection
        facets={window.facets}
        categories={window.categories}
        slug={municipality.slug}
      />
      <NewGoodsSection goods={window.newGoods} slug={municipality.slug} />
      <ServicePointsSection points={window.servicePoints} slug={municipality.slug} now={now} />
    </>
  );
}

function ShopsSection(props: {
  shops: ShopSummary[];
  municipality: { slug: string; name: string };
  now: number;
}) {
  const { shops, municipality, now } = props;
  const { t } = useTranslation();
  return (
    <section aria-labelledby="window-shops-heading" className="window-section">
      <h2 id="window-shops-heading">{t('municipality.shopsHeading')}</h2>
      {shops.length === 0 ? (
        <p>{t('municipality.noShops')}</p>
      ) : (
        <>
          <ul className="card-list">
            {shops.slice(0, shownShops).map((shop) => (
              <ShopCard
                key={shop.slug}
                shop={shop}
                municipalitySlug={municipality.slug}
                municipalityName={municipality.name}
                now={now}
                headingLevel={3}
              />
            ))}
          </ul>
          <p>
            <Link to={`/${municipality.slug}/butiker`}>
              {t('municipality.allShops', { count: shops.length })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function CategoriesSection(props: { facets: ProductFacets; categories: Category[]; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // In the catalogue's order, only those with goods or services here.
  const shown = props.categories.flatMap((category) => {
    const facet = props.facets.categories.find((candidate) => candidate.id === category.id);
    return facet ? [{ ...facet, name: category.name[locale] }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="window-categories-heading" className="window-section">
      <h2 id="window-categories-heading">{t('municipality.categoriesHeading')}</h2>
      <ul className="chip-list">
        {shown.map((category) => (
          <li key={category.id}>
            <Link
              to={`/${props.slug}/sok?category=${encodeURIComponent(category.slug)}`}
              className="chip"
            >
              {t('catalogue.filters.withCount', { label: category.name, count: category.count })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NewGoodsSection({ goods, slug }: { goods: ProductListItem[]; slug: string }) {
  const { t } = useTranslation();
  if (goods.length === 0) return null;
  return (
    <section aria-labelledby="window-new-heading" className="window-section">
      <h2 id="window-new-heading">{t('municipality.newGoodsHeading')}</h2>
      <ol className="product-grid">
        {goods.map((product) => (
          <li key={product.id}>
            <ProductCard product={product} municipalitySlug={slug} />
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/${slug}/sok?kind=good&sort=newest`}>{t('municipality.moreNewGoods')}</Link>
      </p>
    </section>
  );
}

function ServicePointsSection(props: { points: ServicePointSummary[]; slug: string; now: number }) {
  const { t } = useTranslation();
  if (props.points.length === 0) return null;
  const basePath = servicePointsPath(props.slug);
  return (
    <section aria-labelledby="window-points-heading" className="window-section">
      <h2 id="window-points-heading">{t('municipality.servicePointsHeading')}</h2>
      <p>{t('municipality.servicePointsIntro')}</p>
      <ul className="window-points">
        {props.points.map((point) => (
          <li key={point.slug}>
            <Link to={`${basePath}/${point.slug}`}>{point.name}</Link>
            <span className="muted"> · {point.village}</span>
            <TodaysHours hours={point.openingHours} now={props.now} />
          </li>
        ))}
      </ul>
      <p>
        <Link to={basePath}>{t('municipality.servicePointsMap')}</Link>
      </p>
    </section>
  );
}
