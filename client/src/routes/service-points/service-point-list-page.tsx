import { Suspense, lazy } from 'react';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchMunicipality } from '../../api/municipalities-api.ts';
import { fetchMapSettings, listPublicServicePoints } from '../../api/service-points-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { AmenityList } from './amenity-list.tsx';
import { servicePointsPath } from './paths.ts';
import { TodaysHours } from './todays-hours.tsx';
import { formatPostalCode } from '../households/paths.ts';

// Leaflet and its stylesheet are fetched only when this page draws a map.
const ServicePointMap = lazy(() => import('./service-point-map.tsx'));

async function loadServicePointList({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const [{ municipality }, points, { map }] = await Promise.all([
    fetchMunicipality(slug, request.signal),
    listPublicServicePoints(slug, request.signal),
    fetchMapSettings(request.signal),
  ]);
  return { municipality, points: points.items, map, now: Date.now() };
}

function ServicePointListPage() {
  const { t } = useTranslation();
  const { municipality, points, map, now } = useLoaderData<typeof loadServicePointList>();
  const basePath = servicePointsPath(municipality.slug);
  const hasPositions = points.some((point) => point.position);
  return (
    <div className="page">
      <PageHeading
        title={t('servicePoints.storefront.listTitle', { municipality: municipality.name })}
      />
      <p className="lead">{t('servicePoints.storefront.intro')}</p>
      <div className="service-point-layout">
        <section aria-labelledby="service-point-list-heading">
          <h2 id="service-point-list-heading">
            {t('servicePoints.storefront.resultCount', { count: points.length })}
          </h2>
          {points.length === 0 ? (
            <p>{t('servicePoints.storefront.empty')}</p>
          ) : (
            <ul className="card-list card-list--single">
              {points.map((point) => (
                <li key={point.slug} className="card">
                  <h3 className="card__title">
                    <Link to={`${basePath}/${point.slug}`}>{point.name}</Link>
                  </h3>
                  <p>{[point.village, t(`servicePoints.kinds.${point.kind}`)].join(' · ')}</p>
                  <p>{`${point.streetAddress}, ${formatPostalCode(point.postalCode)} ${point.village}`}</p>
                  <TodaysHours hours={point.openingHours} now={now} />
                  <AmenityList amenities={point.amenities} />
                </li>
              ))}
            </ul>
          )}
        </section>
        {hasPositions ? (
          <section
            aria-labelledby="service-point-map-heading"
            className="service-point-layout__map"
          >
            <h2 id="service-point-map-heading">{t('servicePoints.storefront.mapHeading')}</h2>
            <p>{t('servicePoints.storefront.mapIntro')}</p>
            {map ? (
              <>
                <Suspense fallback={<div className="service-point-map" aria-hidden="true" />}>
                  <ServicePointMap points={points} tileUrl={map.tileUrl} linkPrefix={basePath} />
                </Suspense>
                <p className="map-attribution">{map.attribution}</p>
              </>
            ) : (
              <p>{t('servicePoints.storefront.mapOff')}</p>
            )}
          </section>
        ) : null}
      </div>
    </div>
  );
}

export const route = { loader: loadServicePointList, Component: ServicePointListPage };
