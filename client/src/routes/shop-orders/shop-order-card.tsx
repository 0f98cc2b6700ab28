import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isBooking } from '@e-galleria/shared/bookings';
import { stockReleasingStatuses } from '@e-galleria/shared/order-status';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { isSamePhone, telHref } from '../../lib/phone-link.ts';
import {
  FulfilmentFacts,
  OrderLinesTable,
  OrderStatusBadge,
  statusEventOf,
} from '../orders/order-parts.tsx';
import { ShopOrderActions, reasonField } from './shop-order-actions.tsx';
import type { OrderActionResult } from './shop-order-action.ts';
import { OrderHistory } from './order-history.tsx';

/** One order as the shop handles it: who ordered, what, how it is received, and the next step. */
export function ShopOrderCard({ order: loaded }: { order: ShopOrder }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fetcher = useFetcher<OrderActionResult>();
  // The action answers with the order as it is now; it replaces the loaded one in place.
  const order = fetcher.data?.order ?? loaded;
  const failure = fetcher.data?.failure ?? null;
  const headingId = `shop-order-${order.id}`;
  // A home delivery's phone at the door, as its delivery note has it; the checkout's contact
  // phone beside it only when it is another number (often none was given).
  const { phone, deliveryPhone } = order.customer;
  const showsContactPhone =
    deliveryPhone === null || (phone ? !isSamePhone(phone, deliveryPhone) : false);
  return (
    <li className="panel order-panel">
      <h3 id={headingId}>
        {t('shopOrders.orderFrom', { name: order.customer.name })}{' '}
        <OrderStatusBadge order={order} event={statusEventOf(order.history)} />
      </h3>
      <p className="muted">
        {t('shopOrders.placedAt', { time: formatDateTime(order.createdAt, locale) })} ·{' '}
        {order.paymentMethod !== 'pay_at_pickup'
          ? t(`checkout.payment.${order.paymentMethod}`)
          : stockReleasingStatuses.includes(order.status)
            ? t('shopOrders.nothingToPay')
            : order.fulfilment.method === 'home_delivery'
              ? t('shopOrders.payOnDelivery')
              : isBooking(order.lines)
                ? t('shopOrders.payAtService')
                : t(`checkout.payment.${order.paymentMethod}`)}
        {order.placedBy ? ` · ${t('shopOrders.placedBy', { name: order.placedBy })}` : null}
      </p>
      <dl className="details-list">
        {showsContactPhone ? (
          <>
            <dt>{t('shopOrders.phone')}</dt>
            <dd>{phone ? <a href={telHref(phone)}>{phone}</a> : t('shopOrders.noPhone')}</dd>
          </>
        ) : null}
        {deliveryPhone ? (
          <>
            <dt>{t('shopOrders.deliveryPhone')}</dt>
            <dd>
              <a href={telHref(deliveryPhone)}>{deliveryPhone}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('shopOrders.email')}</dt>
        <dd>
          {/* An order taken by phone for someone without e-mail has none. */}
          {order.customer.email ? (
            <a href={`mailto:${order.customer.email}`}>{order.customer.email}</a>
          ) : (
            t('shopOrders.noPhone')
          )}
        </dd>
        {order.parcelCode ? (
          <>
            <dt>{t('shopFulfilment.label.parcelCode')}</dt>
            <dd className="parcel-code">{order.parcelCode}</dd>
          </>
        ) : null}
      </dl>
      <FulfilmentFacts order={order} />
      <OrderLinesTable order={order} />
      <ErrorSummary
        failure={failure}
        fieldLabels={{
          [reasonField('decline', order.id)]: t('shopOrders.declineReason'),
          [reasonField('cancel', order.id)]: t('shopFulfilment.actions.cancelReason'),
        }}
      />
      <ShopOrderActions order={order} fetcher={fetcher} failure={failure} />
      <OrderHistory history={order.history} isBooking={isBooking(order.lines)} />
    </li>
  );
}
