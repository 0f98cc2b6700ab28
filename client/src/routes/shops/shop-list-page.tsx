import { Form, Link, type LoaderFunctionArgs, useLoaderData, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isOpenAt } from '@e-galleria/shared/opening-hours';
import type { ShopSummary } from '@e-galleria/shared/shops';
import { compareSwedish } from '@e-galleria/shared/swedish-order';
import { fetchMunicipality } from '../../api/municipalities-api.ts';
import { listCategories, listPublicShops } from '../../api/shops-api.ts';
import { SelectField, SubmitButton } from '../../components/form-fields.tsx';
import { ResponsiveImage } from '../../components/responsive-image.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale } from '../../i18n/use-locale.ts';

async function loadShopList({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const search = new URL(request.url).searchParams;
  const filters = {
    category: search.get('category') ?? '',
    village: search.get('village') ?? '',
    openNow: search.get('openNow') === '1',
  };
  const isFiltered = Boolean(filters.category || filters.village || filters.openNow);
  // The unfiltered list names every village for the filter, whatever is chosen now.
  const [{ municipality }, categories, shops, all] = await Promise.all([
    fetchMunicipality(slug, request.signal),
    listCategories(request.signal),
    listPublicShops(slug, filters, request.signal),
    isFiltered ? listPublicShops(slug, {}, request.signal) : null,
  ]);
  const villages = [
    ...new Set((all ?? shops).items.flatMap((shop) => (shop.village ? [shop.village] : []))),
  ].sort(compareSwedish);
  return {
    municipality,
    categories: categories.items,
    shops: shops.items,
    villages,
    filters,
    isFiltered,
    now: Date.now(),
  };
}

function ShopListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useLoaderData<typeof loadShopList>();
  const { municipality, categories, shops, villages, filters, isFiltered } = data;
  const isBusy = useNavigation().state === 'loading';
  return (
    <div className="page">
      <PageHeading title={t('shops.storefront.listTitle', { municipality: municipality.name })} />
      <section aria-labelledby="shop-filters-heading" className="panel">
        <h2 id="shop-filters-heading">{t('shops.storefront.filtersHeading')}</h2>
        <Form method="get" className="form form--inline">
          <SelectField
            name="category"
            label={t('shops.storefront.category')}
            defaultValue={filters.category}
            failure={null}
            options={[
              { value: '', label: t('shops.storefront.allCategories') },
              ...categories.map((category) => ({
                value: category.slug,
                label: category.name[locale],
              })),
            ]}
          />
          <SelectField
            name="village"
            label={t('shops.storefront.village')}
            defaultValue={filters.village}
            failure={null}
            options={[
              { value: '', label: t('shops.storefront.allVillages') },
              ...villages.map((village) => ({ value: village, label: village })),
            ]}
          />
          <div className="field field--checkbox">
            <input
              type="checkbox"
              id="field-openNow"
              name="openNow"
              value="1"
              defaultChecked={filters.openNow}
            />
            <label htmlFor="field-openNow">{t('shops.storefront.openNow')}</label>
          </div>
          <SubmitButton isBusy={isBusy}>{t('shops.storefront.filter')}</SubmitButton>
        </Form>
        {isFiltered ? (
          <p>
            <Link to={`/${municipality.slug}/butiker`}>{t('shops.storefront.clearFilters')}</Link>
          </p>
        ) : null}
      </section>
      <p role="status">{t('shops.storefront.resultCount', { count: shops.length })}</p>
      {shops.length === 0 ? (
        <p>{isFiltered ? t('shops.storefront.empty') : t('shops.storefront.emptyAll')}</p>
      ) : (
        <ul className="card-list">
          {shops.map((shop) => (
            <ShopCard
              key={shop.slug}
              shop={shop}
              municipalitySlug={municipality.slug}
              municipalityName={municipality.name}
              now={data.now}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function ShopCard(props: {
  shop: ShopSummary;
  municipalitySlug: string;
  municipalityName: string;
  now: number;
}) {
  const { shop, municipalitySlug, municipalityName } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const isOpen = isOpenAt(shop.openingHours, new Date(props.now));
  return (
    <li className="card">
      {shop.logo ? (
        // Decorative next to the shop's name, which the link already says.
        <ResponsiveImage image={shop.logo} className="shop-logo" sizes="6rem" alt="" />
      ) : null}
      <h2 className="card__title">
        <Link to={`/${municipalitySlug}/butiker/${shop.slug}`}>{shop.name}</Link>
      </h2>
      <p>
        {[shop.village, shop.categories.map((category) => category.name[locale]).join(', ')]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {shop.homeMunicipality.name !== municipalityName ? (
        <p>
          {t('shops.storefront.fromMunicipality', { municipality: shop.homeMunicipality.name })}
        </p>
      ) : null}
      <p className={isOpen ? 'badge badge--success' : 'badge'}>
        {isOpen ? t('shops.storefront.isOpen') : t('shops.storefront.isClosed')}
      </p>
    </li>
  );
}

export const route = { loader: loadShopList, Component: ShopListPage };
