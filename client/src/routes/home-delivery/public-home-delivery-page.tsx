import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PublicHomeDelivery } from '@e-galleria/shared/home-delivery';
import { fetchPublicHomeDelivery } from '../../api/home-delivery-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDate } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { myHouseholdsPath } from '../households/paths.ts';
import { useWeekdayList } from './weekday-text.ts';
import { telHref } from '../../lib/phone-link.ts';

async function loadPublicHomeDelivery({ params, request }: LoaderFunctionArgs) {
  const { homeDelivery } = await fetchPublicHomeDelivery(params.slug ?? '', request.signal);
  return { homeDelivery, today: new Date().toISOString().slice(0, 10) };
}

/** Each municipality's page about its home delivery ("hemsida om varuhemsändning"). */
function PublicHomeDeliveryPage() {
  const { t } = useTranslation();
  const { homeDelivery } = useLoaderData<typeof loadPublicHomeDelivery>();
  const { municipality } = homeDelivery;
  return (
    <div className="page home-delivery-page">
      <p>
        <Link to={`/${municipality.slug}`}>
          {t('homeDelivery.public.backToMunicipality', { municipality: municipality.name })}
        </Link>
      </p>
      <PageHeading title={t('homeDelivery.public.title', { municipality: municipality.name })} />
      {homeDelivery.isEnabled ? (
        <Offered homeDelivery={homeDelivery} />
      ) : (
        <p className="lead">
          {t('homeDelivery.public.notOffered', { municipality: municipality.name })}
        </p>
      )}
    </div>
  );
}

function Offered({ homeDelivery }: { homeDelivery: PublicHomeDelivery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { today } = useLoaderData<typeof loadPublicHomeDelivery>();
  const weekdayList = useWeekdayList();
  const { trialStartsOn, trialEndsOn } = homeDelivery;
  const trial =
    trialStartsOn !== null && trialEndsOn !== null && today <= trialEndsOn
      ? {
          from: formatSwedishDate(trialStartsOn, locale),
          to: formatSwedishDate(trialEndsOn, locale),
        }
      : null;
  const rows = homeDelivery.zones.flatMap((zone) =>
    zone.villages.map((village) => ({ village, days: weekdayList(zone.routeWeekdays) })),
  );
  return (
    <>
      <p className="lead">{t('homeDelivery.public.intro')}</p>
      {homeDelivery.publicNote ? <p>{homeDelivery.publicNote}</p> : null}
      <section aria-labelledby="who-heading" className="panel">
        <h2 id="who-heading">{t('homeDelivery.public.whoHeading')}</h2>
        <p>{t(`homeDelivery.public.who.${homeDelivery.eligibility}`)}</p>
        {homeDelivery.eligibility === 'approved' && trial ? (
          <p>{t('homeDelivery.public.trial', trial)}</p>
        ) : null}
        <p>
          <Link to={myHouseholdsPath}>{t('homeDelivery.public.applyLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="fee-heading" className="panel">
        <h2 id="fee-heading">{t('homeDelivery.public.feeHeading')}</h2>
        <p>{t('homeDelivery.public.fee', { fee: formatOre(homeDelivery.feeOre) })}</p>
        <p>
          {t('homeDelivery.public.subsidisedFee', {
            fee: formatOre(homeDelivery.subsidisedFeeOre),
          })}
        </p>
        <p className="field__hint">{t('homeDelivery.public.shopFeeNote')}</p>
      </section>
      <section aria-labelledby="days-heading" className="panel">
        <h2 id="days-heading">{t('homeDelivery.public.daysHeading')}</h2>
        {rows.length === 0 ? (
          <p>{t('homeDelivery.public.noZones')}</p>
        ) : (
          <TableScroll label={t('homeDelivery.public.daysHeading')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('homeDelivery.public.village')}</th>
                  <th scope="col">{t('homeDelivery.public.days')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.village}>
                    <th scope="row">{row.village}</th>
                    <td>{row.days}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <p className="field__hint">{t('homeDelivery.public.cutoffNote')}</p>
      </section>
      <section aria-labelledby="shops-heading" className="panel">
        <h2 id="shops-heading">{t('homeDelivery.public.shopsHeading')}</h2>
        {homeDelivery.shops.length === 0 ? (
          <p>{t('homeDelivery.public.noShops')}</p>
        ) : (
          <ul className="item-list">
            {homeDelivery.shops.map((shop) => (
              <li key={shop.slug} className="item-list__item">
                <Link
                  to={`/${homeDelivery.municipality.slug}/butiker/${shop.slug}`}
                  className="item-list__title"
                >
                  {shop.name}
                </Link>
                {shop.phone ? (
                  <a href={telHref(shop.phone)}>
                    {t('homeDelivery.public.callShop', { phone: shop.phone })}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="carriers-heading" className="panel">
        <h2 id="carriers-heading">{t('homeDelivery.public.carriersHeading')}</h2>
        {homeDelivery.carriers.length === 0 ? (
          <p>{t('homeDelivery.public.noCarriers')}</p>
        ) : (
          <p>{homeDelivery.carriers.map((carrier) => carrier.name).join(', ')}</p>
        )}
      </section>
      <section aria-labelledby="order-heading" className="panel">
        <h2 id="order-heading">{t('homeDelivery.public.orderHeading')}</h2>
        <p>{t('homeDelivery.public.orderByWeb')}</p>
        <p>{t('homeDelivery.public.orderByPhone')}</p>
        {homeDelivery.phone ? (
          <p>
            {t('homeDelivery.public.municipalityPhone')}{' '}
            <a href={telHref(homeDelivery.phone)}>{homeDelivery.phone}</a>
          </p>
        ) : null}
      </section>
    </>
  );
}

export const route = { loader: loadPublicHomeDelivery, Component: PublicHomeDeliveryPage };
