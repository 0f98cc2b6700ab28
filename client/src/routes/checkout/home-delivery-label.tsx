import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShopHomeDeliveryOffer } from '@e-galleria/shared/home-delivery';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay, formatSwedishTime } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { loginPathReturningTo } from '../../lib/safe-return-path.ts';

/**
 * What home delivery from a shop means for the address given: the day and the fee, or why the
 * shop cannot drive there, or — before an address — the villages it drives to.
 */
export function HomeDeliveryLabel({
  homeDelivery,
  isApprovedHousehold,
  approvalHelp = null,
}: {
  homeDelivery: ShopHomeDeliveryOffer;
  /** The resident's household is approved where the offer is: the lower fee is theirs. */
  isApprovedHousehold: boolean;
  /** When only approved households may choose it: how a guest or a resident gets there. */
  approvalHelp?: 'logIn' | 'apply' | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { offer, refusal, zones } = homeDelivery;
  const villages = [...new Set(zones.flatMap((zone) => zone.villages))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  return (
    <span>
      <strong>{t('checkout.homeDelivery.title')}</strong>
      <br />
      {offer ? (
        <>
          {t('checkout.homeDelivery.deliveredOn', {
            date: formatSwedishDay(offer.date, locale),
          })}
          <br />
          {isApprovedHousehold
            ? t('checkout.homeDelivery.feeApproved', { fee: formatOre(offer.subsidisedFeeOre) })
            : t('checkout.homeDelivery.fee', { fee: formatOre(offer.feeOre) })}
          {!isApprovedHousehold && offer.subsidisedFeeOre < offer.feeOre ? (
            <>
              {' '}
              {t('checkout.homeDelivery.subsidisedFee', {
                fee: formatOre(offer.subsidisedFeeOre),
              })}
            </>
          ) : null}
          <br />
          <span className="muted">
            {t('checkout.orderBy', { time: formatSwedishTime(offer.orderBy, locale) })}
          </span>
          {offer.isForApprovedOnly && !isApprovedHousehold ? (
            <>
              <br />
              <span className="muted">{t('checkout.homeDelivery.approvedOnly')}</span>
              {approvalHelp === 'logIn' ? (
                <>
                  {' '}
                  <Link to={loginPathReturningTo('/kassa')}>
                    {t('checkout.homeDelivery.logInIfApproved')}
                  </Link>
                </>
              ) : approvalHelp === 'apply' ? (
                <>
                  {' '}
                  <Link to="/konto/adresser">{t('checkout.homeDelivery.applyForApproval')}</Link>
                </>
              ) : null}
            </>
          ) : null}
        </>
      ) : refusal ? (
        <span className="muted">
          {t(
            refusal.field
              ? 'checkout.homeDelivery.outsideZones'
              : 'checkout.homeDelivery.unavailable',
          )}
        </span>
      ) : (
        <span className="muted">
          {t('checkout.homeDelivery.villages', { villages: villages.join(', ') })}
        </span>
      )}
    </span>
  );
}
