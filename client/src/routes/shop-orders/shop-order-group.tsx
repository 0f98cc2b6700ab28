import { Link, useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bookedTimesOf, isBooking } from '@e-galleria/shared/bookings';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { ShopOrderCard } from './shop-order-card.tsx';
import type { OrderActionResult } from './shop-order-action.ts';

export type OrderGroup = {
  key: string;
  /** Home-delivered orders go together, apart from those collected in the shop. */
  isDeliveredHome: boolean;
  /** Booked times, by the day they are booked for: nothing to collect (decision 0067). */
  isBooking: boolean;
  servicePoint: { id: string; name: string } | null;
  date: string | null;
  orders: ShopOrder[];
};

/**
 * How the groups follow each other. A working queue reads in the order of the work, the
 * soonest day first. A history ("Alla", "Avslutade") reads newest first, as the server pages
 * it (newest placed first, keyset by placing time): a group comes where its newest order
 * does, so the first page opens on the latest orders and "Visa äldre" goes on back in time.
 * A walk found "Alla" opening on the oldest day of its page.
 */
export type GroupOrder = 'soonest_day_first' | 'newest_first';

/**
 * Orders by where and when they are collected or driven out: one trip to a service point is one
 * group, one route day of home deliveries another, one day's booked times a third.
 */
export function groupOrders(
  orders: readonly ShopOrder[],
  order: GroupOrder = 'soonest_day_first',
): OrderGroup[] {
  const groups = new Map<string, OrderGroup>();
  for (const order of orders) {
    const point = order.fulfilment.servicePoint;
    const booked = isBooking(order.lines) ? bookedTimesOf(order.lines)[0] : undefined;
    const date =
      booked !== undefined
        ? swedishDateOf(Date.parse(booked))
        : (order.fulfilment.date ?? order.fulfilment.readyAt?.slice(0, 10) ?? null);
    const isDeliveredHome = order.fulfilment.method === 'home_delivery';
    const place = booked ? 'booked' : isDeliveredHome ? 'home' : 'shop';
    const key = `${point?.id ?? place}|${date ?? ''}`;
    const group = groups.get(key) ?? {
      key,
      isDeliveredHome,
      isBooking: booked !== undefined,
      servicePoint: point ? { id: point.id, name: point.name } : null,
      date,
      orders: [],
    };
    group.orders.push(order);
    groups.set(key, group);
  }
  // A day's booked times in the order of the clock, not of booking (09:00 before 09:45).
  for (const group of groups.values())
    if (group.isBooking)
      group.orders.sort((a, b) =>
        (bookedTimesOf(a.lines)[0] ?? '').localeCompare(bookedTimesOf(b.lines)[0] ?? ''),
      );
  // A Map keeps the order of first appearance: the server's newest first.
  if (order === 'newest_first') return [...groups.values()];
  return [...groups.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

export function ShopOrderGroup({ group, index }: { group: OrderGroup; index: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fetcher = useFetcher<OrderActionResult>();
  const place =
    group.servicePoint?.name ??
    t(
      group.isBooking
        ? 'shopFulfilment.groupBookings'
        : group.isDeliveredHome
          ? 'shopFulfilment.groupDeliveredHome'
          : 'shopFulfilment.groupInShop',
    );
  // After a handover the group shows its parcels as the server answered, where they stood.
  const handed = new Map((fetcher.data?.handedOver ?? []).map((order) => [order.id, order]));
  const orders = group.orders.map((order) => handed.get(order.id) ?? order);
  const headingId = `order-group-${index}`;
  const packed = orders.filter((order) => order.status === 'packed');
  // Home deliveries go with their delivery note instead of a label.
  const labelled = orders.filter(
    (order) =>
      !group.isDeliveredHome &&
      order.parcelCode !== null &&
      ['accepted', 'packed'].includes(order.status),
  );
  const canHandOver = group.servicePoint !== null && packed.length > 0;
  return (
    <section aria-labelledby={headingId} className="order-group">
      <h2 id={headingId}>
        {t('shopFulfilment.groupHeading', {
          place,
          date: group.date ? formatSwedishDay(group.date, locale) : t('shopFulfilment.groupNoDate'),
        })}{' '}
        <span className="muted">({t('shopFulfilment.groupCount', { count: orders.length })})</span>
      </h2>
      {canHandOver || labelled.length > 0 ? (
        <div className="actions-row inline-list">
          {canHandOver ? (
            <fetcher.Form method="post">
              {packed.map((order) => (
                <input key={order.id} type="hidden" name="orderIds" value={order.id} />
              ))}
              <SubmitButton isBusy={fetcher.state !== 'idle'} name="intent" value="hand-over-all">
                {t('shopFulfilment.handOverAll', { count: packed.length, place })}
              </SubmitButton>
            </fetcher.Form>
          ) : null}
          {labelled.length > 0 ? (
            <Link
              className="button button--secondary"
              to={`etiketter?${labelled.map((order) => `order=${encodeURIComponent(order.id)}`).join('&')}`}
            >
              {t('shopFulfilment.printLabels', { count: labelled.length })}
            </Link>
          ) : null}
        </div>
      ) : null}
      <ErrorSummary failure={fetcher.data?.failure ?? null} fieldLabels={{}} />
      <StatusMessage
        focusOnShow
        message={
          handed.size > 0 ? t('shopFulfilment.handedOverAll', { count: handed.size, place }) : null
        }
      />
      <ul className="order-list">
        {orders.map((order) => (
          // A handed-over card starts afresh: its own earlier answer ("packed") is stale now.
          <ShopOrderCard
            key={handed.has(order.id) ? `${order.id}-handed` : order.id}
            order={order}
          />
        ))}
      </ul>
    </section>
  );
}
