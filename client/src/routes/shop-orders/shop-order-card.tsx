import { useState } from 'react';
import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import { nextStatus } from '@e-galleria/shared/order-status';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextAreaField } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { FulfilmentFacts, OrderLinesTable, OrderStatusBadge } from '../orders/order-parts.tsx';
import type { OrderActionResult } from './shop-orders-page.tsx';

export const declineReasonField = (orderId: string) => `reason-${orderId}`;

/** One order as the shop handles it: who ordered, what, how it is received, and the next step. */
export function ShopOrderCard({ order: loaded }: { order: ShopOrder }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fetcher = useFetcher<OrderActionResult>();
  const [isDeclining, setDeclining] = useState(false);
  // The action answers with the order as it is now; it replaces the loaded one in place.
  const order = fetcher.data?.order ?? loaded;
  const failure = fetcher.data?.failure ?? null;
  const isBusy = fetcher.state !== 'idle';
  const headingId = `shop-order-${order.id}`;
  const canAccept = nextStatus(order.status, 'accept') !== null;
  const canPack = nextStatus(order.status, 'pack') !== null;
  const reasonLabel = t('shopOrders.declineReason');
  // One decline form per card: the order's id keeps the field's id unique on the page.
  const reasonField = declineReasonField(order.id);
  return (
    <li className="panel order-panel">
      <h2 id={headingId}>
        {t('shopOrders.orderFrom', { name: order.customer.name })}{' '}
        <OrderStatusBadge status={order.status} />
      </h2>
      <p className="muted">
        {t('shopOrders.placedAt', { time: formatDateTime(order.createdAt, locale) })} ·{' '}
        {t(`checkout.payment.${order.paymentMethod}`)}
      </p>
      <dl className="details-list">
        <dt>{t('shopOrders.phone')}</dt>
        <dd>
          {order.customer.phone ? (
            <a href={`tel:${order.customer.phone.replace(/[^+0-9]/g, '')}`}>
              {order.customer.phone}
            </a>
          ) : (
            t('shopOrders.noPhone')
          )}
        </dd>
        <dt>{t('shopOrders.email')}</dt>
        <dd>
          <a href={`mailto:${order.customer.email}`}>{order.customer.email}</a>
        </dd>
      </dl>
      <FulfilmentFacts order={order} />
      <OrderLinesTable order={order} />
      <ErrorSummary failure={failure} fieldLabels={{ [reasonField]: reasonLabel }} />
      {canAccept || canPack ? (
        <div className="actions-row inline-list">
          {canAccept ? (
            <fetcher.Form method="post">
              <input type="hidden" name="orderId" value={order.id} />
              <SubmitButton isBusy={isBusy} name="intent" value="accept">
                {t('shopOrders.accept')}
                <span className="visually-hidden">, {order.customer.name}</span>
              </SubmitButton>
            </fetcher.Form>
          ) : null}
          {canPack ? (
            <fetcher.Form method="post">
              <input type="hidden" name="orderId" value={order.id} />
              <SubmitButton isBusy={isBusy} name="intent" value="pack">
                {t('shopOrders.pack')}
                <span className="visually-hidden">, {order.customer.name}</span>
              </SubmitButton>
            </fetcher.Form>
          ) : null}
          {canAccept ? (
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={isDeclining}
              aria-controls={`decline-${order.id}`}
              onClick={() => setDeclining(!isDeclining)}
            >
              {t('shopOrders.decline')}
              <span className="visually-hidden">, {order.customer.name}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {canAccept ? (
        <div id={`decline-${order.id}`} hidden={!isDeclining}>
          <fetcher.Form method="post" noValidate className="form">
            <input type="hidden" name="orderId" value={order.id} />
            <TextAreaField
              name={reasonField}
              label={reasonLabel}
              hint={t('shopOrders.declineHint')}
              rows={3}
              maxLength={500}
              required
              failure={failure}
            />
            <SubmitButton isBusy={isBusy} name="intent" value="decline">
              {t('shopOrders.confirmDecline')}
            </SubmitButton>
          </fetcher.Form>
        </div>
      ) : null}
    </li>
  );
}
