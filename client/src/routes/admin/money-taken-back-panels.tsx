import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { SubmitButton } from '../../components/form-fields.tsx';
import type { OutsideRefund, PaymentDispute } from '@e-galleria/shared/payments';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime, formatSwedishDayAndTime } from '../../lib/format-date.ts';
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
              <CheckoutLine checkout={refund.checkout} />
              {refund.reason ? (
                <span className="muted">
                  {t('admin.outsideRefunds.reason', { reason: refund.reason })}
                </span>
              ) : null}
              <Settled kind="refund" id={refund.refundId} settled={refund.settled} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Card payments disputed with the cardholder's bank (decision 0070), with the day to answer by. */
export function PaymentDisputesPanel({ disputes }: { disputes: readonly PaymentDispute[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="payment-disputes-heading" className="panel">
      <h2 id="payment-disputes-heading">{t('admin.paymentDisputes.heading')}</h2>
      <p className="muted">{t('admin.paymentDisputes.intro')}</p>
      {disputes.length === 0 ? (
        <p>{t('admin.paymentDisputes.empty')}</p>
      ) : (
        <ul className="item-list">
          {disputes.map((dispute) => (
            <li key={dispute.disputeId} className="item-list__item">
              <span className="item-list__title">
                {t('admin.paymentDisputes.amount', {
                  amount: formatOre(dispute.amountOre),
                  when: formatDateTime(dispute.disputedAt, locale),
                })}
              </span>
              {dispute.evidenceDueBy ? (
                <strong>
                  {t('admin.paymentDisputes.dueBy', {
                    date: formatSwedishDayAndTime(dispute.evidenceDueBy, locale),
                  })}
                </strong>
              ) : null}
              <CheckoutLine checkout={dispute.checkout} />
              {dispute.reason ? (
                <span className="muted">
                  {t('admin.outsideRefunds.reason', { reason: dispute.reason })}
                </span>
              ) : null}
              <Settled kind="dispute" id={dispute.disputeId} settled={dispute.settled} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The order the money was for, or that it was not the galleria's. */
function CheckoutLine({ checkout }: { checkout: OutsideRefund['checkout'] }) {
  const { t } = useTranslation();
  return (
    <span>
      {checkout
        ? t('admin.outsideRefunds.order', {
            id: checkout.id,
            total: formatOre(checkout.totalOre),
            shops: checkout.shops.join(', '),
          })
        : t('admin.outsideRefunds.notOurs')}
    </span>
  );
}

/** Who settled it and when, or the button that says it is settled (the page's action). */
function Settled({
  kind,
  id,
  settled,
}: {
  kind: 'refund' | 'dispute';
  id: string;
  settled: OutsideRefund['settled'];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fetcher = useFetcher();
  if (settled)
    return (
      <span className="badge badge--success">
        {settled.by
          ? t('admin.outsideRefunds.settledBy', {
              date: formatDateTime(settled.at, locale),
              name: settled.by,
            })
          : t('admin.outsideRefunds.settled', { date: formatDateTime(settled.at, locale) })}
      </span>
    );
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="intent" value={settleIntent} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton isBusy={fetcher.state !== 'idle'} className="button button--secondary">
        {t('admin.outsideRefunds.settle')}
      </SubmitButton>
    </fetcher.Form>
  );
}

/** The region admin page's action for the button above. */
export const settleIntent = 'settle-money-taken-back';
