import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchMunicipality } from '../../api/municipalities-api.ts';
import { fetchPublicServicePoint } from '../../api/service-points-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { OpeningHoursView } from '../shops/opening-hours-view.tsx';
import { AmenityList } from './amenity-list.tsx';
import { servicePointsPath } from './paths.ts';
import { TodaysHours } from './todays-hours.tsx';
import { formatPostalCode } from '../households/paths.ts';

async function loadServicePointPage({ params, request }: LoaderFunctionArgs) {
  const [{ municipality }, { servicePoint }] = await Promise.all([
    fetchMunicipality(params.slug ?? '', request.signal),
    fetchPublicServicePoint(params.pointSlug ?? '', request.signal),
  ]);
  return { municipality, point: servicePoint, now: Date.now() };
}

function ServicePointPage() {
  const { t } = useTranslation();
  const { municipality, point, now } = useLoaderData<typeof loadServicePointPage>();
  return (
    <div className="page">
      <p>
        <Link to={servicePointsPath(municipality.slug)}>
          {t('servicePoints.storefront.backToList', { municipality: municipality.name })}
        </Link>
      </p>
      <PageHeading title={point.name} />
      <p className="lead">{[point.village, t(`servicePoints.kinds.${point.kind}`)].join(' · ')}</p>
      <TodaysHours hours={point.openingHours} now={now} />
      <section aria-labelledby="point-address-heading" className="panel">
        <h2 id="point-address-heading">{t('servicePoints.storefront.addressHeading')}</h2>
        <address>
          {point.streetAddress}
          <br />
          {`${formatPostalCode(point.postalCode)} ${point.village}`}
        </address>
        {point.position ? null : <p>{t('servicePoints.storefront.noPosition')}</p>}
      </section>
      <section aria-labelledby="point-hours-heading" className="panel">
        <h2 id="point-hours-heading">{t('servicePoints.storefront.hoursHeading')}</h2>
        <OpeningHoursView hours={point.openingHours} headingId="point-hours-heading" now={now} />
      </section>
      <section aria-labelledby="point-amenities-heading" className="panel">
        <h2 id="point-amenities-heading">{t('servicePoints.storefront.amenitiesHeading')}</h2>
        <AmenityList amenities={point.amenities} labelledBy="point-amenities-heading" />
      </section>
      <section aria-labelledby="point-hold-heading" className="panel">
        <h2 id="point-hold-heading">{t('servicePoints.storefront.holdHeading')}</h2>
        <p>{t('servicePoints.storefront.holdDays', { count: point.holdDays })}</p>
      </section>
      {point.host ? (
        <section aria-labelledby="point-host-heading" className="panel">
          <h2 id="point-host-heading">{t('servicePoints.storefront.hostHeading')}</h2>
          <p>
            {point.host.shop ? (
              <Link to={`/${point.host.shop.municipalitySlug}/butiker/${point.host.shop.slug}`}>
                {point.host.name}
              </Link>
            ) : (
              point.host.name
            )}
          </p>
        </section>
      ) : null}
    </div>
  );
}

export const route = { loader: loadServicePointPage, Component: ServicePointPage };
