import { useTranslation } from 'react-i18next';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay, formatSwedishTime } from '../../lib/format-date.ts';

/**
 * What a way of collecting the goods means: ready in the shop from a time, or at a service
 * point from a day with its cut-off. The checkout and an order by phone show the same words.
 */
export function FulfilmentOptionLabel({
  option,
  isUnsuitable = false,
}: {
  option: FulfilmentOption;
  /** The point cannot keep the goods cold. */
  isUnsuitable?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (option.method === 'pickup_in_shop')
    return (
      <span>
        <strong>{t('checkout.pickupInShop')}</strong>
        <br />
        {t('checkout.readyFrom', { time: formatSwedishTime(option.readyAt, locale) })}
      </span>
    );
  return (
    <span>
      <strong>
        {option.servicePoint.name}, {option.servicePoint.village}
      </strong>
      <br />
      {t('checkout.collectFrom', { date: formatSwedishDay(option.date, locale) })}
      <br />
      <span className="muted">
        {t('checkout.orderBy', { time: formatSwedishTime(option.orderBy, locale) })}
      </span>
      {isUnsuitable ? (
        <>
          <br />
          <span className="muted">{t('checkout.noColdStorage')}</span>
        </>
      ) : null}
    </span>
  );
}
