import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchRegion } from '../../api/municipalities-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useRootData } from '../root-data.ts';

export async function loadRegionFrontPage({ request }: LoaderFunctionArgs) {
  return fetchRegion(request.signal);
}

export function RegionFrontPage() {
  const { t } = useTranslation();
  const { region } = useLoaderData<typeof loadRegionFrontPage>();
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
          {municipalities.map((municipality) => (
            <li key={municipality.slug} className="municipality-card">
              {municipality.status === 'active' ? (
                <Link to={`/${municipality.slug}`} className="municipality-card__link">
                  {municipality.name}
                </Link>
              ) : (
                <>
                  <span className="municipality-card__name">{municipality.name}</span>
                  <span className="badge">{t('region.comingSoon')}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
