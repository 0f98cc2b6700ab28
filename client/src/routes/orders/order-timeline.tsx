import { useState } from 'react';
import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isBooking } from '@e-galleria/shared/bookings';
import type { CheckoutDetail } from '@e-galleria/shared/checkout';
import { nextStatus, type OrderStatus } from '@e-galleria/shared/order-status';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { isBookingStatus } from './order-parts.tsx';

type Order = CheckoutDetail['checkout']['orders'][number];

/** The usual road of an order, so the resident also sees what is still to come. */
const roads: Record<string, readonly OrderStatus[]> = {
  pickup_at_service_point: [
    'placed',
    'accepted',
    'packed',
    'in_transit',
    'ready_for_pickup',
    'collected',
  ],
  pickup_in_shop: ['placed', 'accepted', 'packed', 'ready_for_pickup', 'collected'],
  home_delivery: ['placed', 'accepted', 'packed', 'out_for_delivery', 'delivered'],
};
/** A booking is confirmed, then done at its time (decision 0067). */
const bookingRoad: readonly OrderStatus[] = ['placed', 'accepted', 'collected'];

/** What happened to an order, with times, then the steps still ahead (none once it stopped). */
export function OrderTimeline({ order }: { order: Order }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const booking = isBooking(order.lines);
  const road = booking ? bookingRoad : (roads[order.fulfilment.method] ?? []);
  const stepText = (status: OrderStatus, event: string | null = null) =>
    // A booking nobody came to: "Du kom inte", not "Avbeställd" (decision 0074).
    event === 'no_show'
      ? t('orders.noShow.resident')
      : booking && isBookingStatus(status)
        ? t(`shopFulfilment.timeline.bookingSteps.${status}`)
        : t(`shopFulfilment.timeline.steps.${status}`);
  const reached = new Set(order.timeline.map((entry) => entry.status));
  const last = order.timeline.at(-1)?.status ?? order.status;
  const isOnRoad = road.includes(last);
  const ahead = isOnRoad ? road.slice(road.indexOf(last) + 1).filter((s) => !reached.has(s)) : [];
  const headingId = `timeline-${order.id}`;
  return (
    <>
      <h3 id={headingId} className="visually-hidden">
        {t('shopFulfilment.timeline.heading')}
      </h3>
      <ol className="order-timeline" aria-labelledby={headingId}>
        {order.timeline.map((entry) => (
          <li key={`${entry.status}-${entry.at}`}>
            <strong>{stepText(entry.status, entry.event)}</strong>{' '}
            <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
          </li>
        ))}
        {ahead.map((status) => (
          <li key={status} className="order-timeline__pending">
            {stepText(status)}{' '}
            <span className="visually-hidden">({t('shopFulfilment.timeline.pending')})</span>
          </li>
        ))}
      </ol>
    </>
  );
}

export type ResidentOrderActionResult = {
  checkout: CheckoutDetail['checkout'] | null;
  failure: FormFailure | null;
};

/** "Avbeställ", asked twice: it cannot be undone. Only while the shop has not accepted. */
export function CancelOrder({ order }: { order: Order }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<ResidentOrderActionResult>();
  const [isAsking, setAsking] = useState(false);
  if (nextStatus(order.status, 'cancel') === null) return null;
  const isBusy = fetcher.state !== 'idle';
  return (
    <div className="actions-row">
      <ErrorSummary failure={fetcher.data?.failure ?? null} fieldLabels={{}} />
      <p className="muted">{t('shopFulfilment.timeline.cancelHint')}</p>
      {isAsking ? (
        <div className="inline-list">
          <fetcher.Form method="post">
            <input type="hidden" name="orderId" value={order.id} />
            <SubmitButton isBusy={isBusy} name="intent" value="cancel">
              {t('shopFulfilment.timeline.confirmCancel', { shop: order.shop.name })}
            </SubmitButton>
          </fetcher.Form>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setAsking(false)}
          >
            {t('shopFulfilment.timeline.keep')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {t('shopFulfilment.timeline.cancel')}
          <span className="visually-hidden">, {order.shop.name}</span>
        </button>
      )}
    </div>
  );
}
