import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listHomeDeliveryMunicipalities } from '../../api/home-delivery-api.ts';
import { fetchRegion } from '../../api/municipalities-api.ts';
import { listShopCounts } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useRootData } from '../root-data.ts';

export async function loadRegionFrontPage({ request }: LoaderFunctionArgs) {
  const [{ region }, counts, homeDelivery] = await Promise.all([
    fetchRegion(request.signal),
    listShopCounts(request.signal),
    // Which municipalities deliver home: the cards say so only for those, or for none.
    listHomeDeliveryMunicipalities(request.signal).then(
      (answer) => answer.items,
      () => [],
    ),
  ]);
  // Plain data, not a Map or a Set: a page rendered on the server sends it as JSON.
  return {
    region,
    shopCounts: Object.fromEntries(
      counts.items.map((item) => [item.municipalitySlug, item.publishedShops]),
    ),
    homeDeliverySlugs: homeDelivery.map((item) => item.slug),
  };
}

export function RegionFrontPage() {
  const { t } = useTranslation();
  const { region, shopCounts, homeDeliverySlugs } = useLoaderData<typeof loadRegionFrontPage>();
  const { municipalities } = useRootData();
  return (
    <div className="page">
      <PageHeading title={t('region.title', { region: region.name })} />
      <p className="lead">{t('region.intro')}</p>
      <h2>{t('region.municipalitiesHeading')}</h2>
      {municipalities.length === 0 ? (
        <p>{t('region.noMunicipalities')}</p>
      ) : (
        <ul className="municipality-grid">
          {municipalities.map((municipality) => {
            const shops = shopCounts[municipality.slug] ?? 0;
            return (
              <li key={municipality.slug} className="municipality-card">
                {municipality.status === 'active' ? (
                  <>
                    <Link to={`/${municipality.slug}`} className="municipality-card__link">
                      {municipality.name}
                    </Link>
                    <span className="municipality-card__count">
                      {shops > 0 ? t('region.shopCount', { count: shops }) : t('region.noShopsYet')}
                    </span>
                    {homeDeliverySlugs.includes(municipality.slug) ? (
                      <span className="badge">{t('homeDelivery.frontPage.regionBadge')}</span>
                    ) : null}
                  </>
                ) : (
                  <>
                    <span className="municipality-card__name">{municipality.name}</span>
                    <span className="badge">{t('region.comingSoon')}</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
