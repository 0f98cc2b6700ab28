import { Suspense } from 'react';
import { Await } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import type { ListResponse } from '@e-galleria/shared/lists';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatPickupDate, formatPickupInstant } from '../../lib/format-pickup.ts';

/**
 * "Så får du varorna" on the shop page. The loader does not wait for it: the page shows at
 * once and this section fills in (or says it could not) on its own.
 */
export function FulfilmentOptionsSection({
  options,
}: {
  options: Promise<ListResponse<FulfilmentOption>>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="shop-fulfilment-heading" className="panel">
      <h2 id="shop-fulfilment-heading">{t('fulfilment.storefront.heading')}</h2>
      <Suspense fallback={<p role="status">{t('fulfilment.storefront.loading')}</p>}>
        <Await resolve={options} errorElement={<p>{t('fulfilment.storefront.error')}</p>}>
          {(resolved: ListResponse<FulfilmentOption>) => <OptionList items={resolved.items} />}
        </Await>
      </Suspense>
    </section>
  );
}

function OptionList({ items }: { items: FulfilmentOption[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (items.length === 0) return <p>{t('fulfilment.storefront.none')}</p>;
  return (
    <ul className="fulfilment-options">
      {items.map((option) =>
        option.method === 'pickup_in_shop' ? (
          <li key="in-shop">
            <p className="fulfilment-options__title">{t('fulfilment.storefront.inShop')}</p>
            <p>
              {t('fulfilment.storefront.inShopReady', {
                readyAt: formatPickupInstant(option.readyAt, locale),
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
                date: formatPickupDate(option.date, locale),
                orderBy: formatPickupInstant(option.orderBy, locale),
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
    </ul>
  );
}
