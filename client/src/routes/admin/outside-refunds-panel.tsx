import { useTranslation } from 'react-i18next';
import type { OutsideRefund } from '@e-galleria/shared/payments';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';

/**
 * Card refunds made in the payment provider's dashboard (decision 0070): each mailed to the
 * region's admins when it happens, and kept here until somebody has settled it by hand.
 */
export function OutsideRefundsPanel({ refunds }: { refunds: readonly OutsideRefund[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="outside-refunds-heading" className="panel">
      <h2 id="outside-refunds-heading">{t('admin.outsideRefunds.heading')}</h2>
      <p className="muted">{t('admin.outsideRefunds.intro')}</p>
      {refunds.length === 0 ? (
        <p>{t('admin.outsideRefunds.empty')}</p>
      ) : (
        <ul className="item-list">
          {refunds.map((refund) => (
            <li key={refund.refundId} className="item-list__item">
              <span className="item-list__title">
                {t('admin.outsideRefunds.amount', {
                  amount: formatOre(refund.amountOre),
                  when: formatDateTime(refund.refundedAt, locale),
                })}
              </span>
              <span>
                {refund.checkout
                  ? t('admin.outsideRefunds.order', {
                      id: refund.checkout.id,
                      total: formatOre(refund.checkout.totalOre),
                      shops: refund.checkout.shops.join(', '),
                    })
                  : t('admin.outsideRefunds.notOurs')}
              </span>
              {refund.reason ? (
                <span className="muted">
                  {t('admin.outsideRefunds.reason', { reason: refund.reason })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
