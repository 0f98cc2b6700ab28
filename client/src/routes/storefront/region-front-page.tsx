import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchRegion } from '../../api/municipalities-api.ts';
import { listShopCounts } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useRootData } from '../root-data.ts';

export async function loadRegionFrontPage({ request }: LoaderFunctionArgs) {
  const [{ region }, counts] = await Promise.all([
    fetchRegion(request.signal),
    listShopCounts(request.signal),
  ]);
  return {
    region,
    shopCounts: new Map(counts.items.map((item) => [item.municipalitySlug, item.publishedShops])),
  };
}

export function RegionFrontPage() {
  const { t } = useTranslation();
  const { region, shopCounts } = useLoaderData<typeof loadRegionFrontPage>();
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
            const shops = shopCounts.get(municipality.slug) ?? 0;
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
