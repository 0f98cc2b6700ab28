import { Suspense } from 'react';
import { Await, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import type { ShopHomeDeliveryOffer } from '@e-galleria/shared/home-delivery';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay, formatSwedishDayAndTime } from '../../lib/format-date.ts';
import { useWeekdayList } from '../home-delivery/weekday-text.ts';

/** The ways to receive a shop's goods: its pickups, and its home delivery (null: not read). */
export type ShopReceiving = {
  items: FulfilmentOption[];
  homeDelivery: ShopHomeDeliveryOffer | null;
};

/**
 * "Så får du varorna" on the shop page. The loader does not wait for it: the page shows at
 * once and this section fills in (or says it could not) on its own.
 */
export function FulfilmentOptionsSection({
  options,
  homeMunicipality,
}: {
  options: Promise<ShopReceiving>;
  /** Whose home delivery it is: its public page says who may have it and what it costs. */
  homeMunicipality: { slug: string; name: string };
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="shop-fulfilment-heading" className="panel">
      <h2 id="shop-fulfilment-heading">{t('fulfilment.storefront.heading')}</h2>
      <Suspense fallback={<p role="status">{t('fulfilment.storefront.loading')}</p>}>
        <Await resolve={options} errorElement={<p>{t('fulfilment.storefront.error')}</p>}>
          {(resolved: ShopReceiving) => (
            <OptionList receiving={resolved} homeMunicipality={homeMunicipality} />
          )}
        </Await>
      </Suspense>
    </section>
  );
}

function OptionList({
  receiving,
  homeMunicipality,
}: {
  receiving: ShopReceiving;
  homeMunicipality: { slug: string; name: string };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const weekdayList = useWeekdayList();
  const { items, homeDelivery } = receiving;
  const isDeliveredHome = homeDelivery?.isOffered === true;
  if (items.length === 0 && !isDeliveredHome) return <p>{t('fulfilment.storefront.none')}</p>;
  return (
    <ul className="fulfilment-options">
      {items.map((option) =>
        option.method === 'pickup_in_shop' ? (
          <li key="in-shop">
            <p className="fulfilment-options__title">{t('fulfilment.storefront.inShop')}</p>
            <p>
              {t('fulfilment.storefront.inShopReady', {
                readyAt: formatSwedishDayAndTime(option.readyAt, locale),
              })}
            </p>
          </li>
        ) : (
          <li key={option.servicePoint.id}>
            <p className="fulfilment-options__title">
              {t('fulfilment.storefront.atPoint', {
                name: option.servicePoint.name,
                village: option.servicePoint.village,
              })}
            </p>
            <p>
              {t('fulfilment.storefront.atPointDate', {
                date: formatSwedishDay(option.date, locale),
                orderBy: formatSwedishDayAndTime(option.orderBy, locale),
              })}
            </p>
            {option.servicePoint.amenities.length > 0 ? (
              <p className="muted">
                {t('fulfilment.storefront.amenities')}:{' '}
                {option.servicePoint.amenities
                  .map((amenity) => t(`fulfilment.amenities.${amenity}`))
                  .join(', ')}
              </p>
            ) : null}
          </li>
        ),
      )}
      {homeDelivery && isDeliveredHome ? (
        <li key="home">
          <p className="fulfilment-options__title">{t('fulfilment.storefront.home')}</p>
          {homeDelivery.zones.map((zone) => (
            <p key={zone.name}>
              {t('fulfilment.storefront.homeZone', {
                villages: zone.villages.join(', '),
                days: weekdayList(zone.routeWeekdays),
              })}
            </p>
          ))}
          <p>
            <Link to={`/${homeMunicipality.slug}/hemleverans`}>
              {t('fulfilment.storefront.homeRules', { municipality: homeMunicipality.name })}
            </Link>
          </p>
        </li>
      ) : null}
    </ul>
  );
}
