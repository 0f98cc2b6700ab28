import { Form, Link, type LoaderFunctionArgs, useLoaderData, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { compareSwedish } from '@e-galleria/shared/swedish-order';
import { fetchMunicipality } from '../../api/municipalities-api.ts';
import { listCategories, listPublicShops } from '../../api/shops-api.ts';
import { SelectField, SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { ShopCard } from './shop-card.tsx';

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

export const route = { loader: loadShopList, Component: ShopListPage };
