import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code.tsx';
import { bookedTimesOf, isBooking } from '@e-galleria/shared/bookings';
import type { OrderDetail } from '@e-galleria/shared/checkout';
import { stockReleasingStatuses, type OrderStatus } from '@e-galleria/shared/order-status';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay, formatSwedishTime } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

/** Pieces of an order shared by the resident's confirmation and the shop's order list. */

const doneStatuses: readonly OrderStatus[] = ['collected'];
/** Declined, cancelled, not paid in time or returned: the order no longer counts. */
const stoppedStatuses = stockReleasingStatuses;

/**
 * What a checkout comes to without its shops' orders that stopped: a cancelled part is not to
 * be paid, and was refunded if it was paid by card. Its total, VAT per rate, and what was left
 * out. Before, the page kept the total of the checkout as placed.
 */
export function standingTotals(
  orders: readonly Pick<OrderDetail, 'status' | 'totalOre' | 'vat'>[],
): { totalOre: number; vat: OrderDetail['vat']; stoppedOre: number } {
  const standing = orders.filter((order) => !stoppedStatuses.includes(order.status));
  const perRate = new Map<number, OrderDetail['vat'][number]>();
  for (const line of standing.flatMap((order) => order.vat)) {
    const sum = perRate.get(line.rateBasisPoints);
    perRate.set(line.rateBasisPoints, {
      rateBasisPoints: line.rateBasisPoints,
      grossOre: (sum?.grossOre ?? 0) + line.grossOre,
      vatOre: (sum?.vatOre ?? 0) + line.vatOre,
    });
  }
  const totalOre = standing.reduce((sum, order) => sum + order.totalOre, 0);
  const allOre = orders.reduce((sum, order) => sum + order.totalOre, 0);
  return {
    totalOre,
    vat: [...perRate.values()].sort((a, b) => a.rateBasisPoints - b.rateBasisPoints),
    stoppedOre: allOre - totalOre,
  };
}

/** The statuses a booking passes, which it names in its own words (decision 0067). */
const bookingStatuses = ['placed', 'accepted', 'collected'] as const;
type BookingStatus = (typeof bookingStatuses)[number];
export const isBookingStatus = (status: OrderStatus): status is BookingStatus =>
  (bookingStatuses as readonly OrderStatus[]).includes(status);

/**
 * Who reads a status: a booking nobody came to is "Kom inte" to the shop (and the
 * municipality), "Du kom inte" to the resident (decision 0074).
 */
export type StatusReader = 'shop' | 'resident';

/** The event that brought an order to its status: the last step of its timeline or history. */
export const statusEventOf = (steps: readonly { event: string }[]): string | null =>
  steps.at(-1)?.event ?? null;

/**
 * A status as it reads on an order: "Utförd" for a booking done, "Hämtad" for goods collected,
 * and, by the event that reached it, "Kom inte" for a booking cancelled because nobody came.
 */
export function useStatusText(
  reader: StatusReader = 'shop',
): (status: OrderStatus, booking: boolean, event?: string | null) => string {
  const { t } = useTranslation();
  return (status, booking, event = null) =>
    event === 'no_show'
      ? t(`orders.noShow.${reader}`)
      : booking && isBookingStatus(status)
        ? t(`orders.bookingStatus.${status}`)
        : t(`orders.status.${status}`);
}

export function OrderStatusBadge({
  order,
  event = null,
  reader = 'shop',
}: {
  order: Pick<OrderDetail, 'status' | 'lines'>;
  /** The event that reached the status (statusEventOf), when it has words of its own. */
  event?: string | null;
  reader?: StatusReader;
}) {
  const statusText = useStatusText(reader);
  const { status } = order;
  const modifier = doneStatuses.includes(status)
    ? ' badge--success'
    : stoppedStatuses.includes(status)
      ? ' badge--stopped'
      : '';
  return (
    <span className={`badge${modifier}`}>{statusText(status, isBooking(order.lines), event)}</span>
  );
}

/**
 * Where and when: the service point and its day, or the shop and the time it is ready; for a
 * booking, the shop and the booked times, with no pickup code (nothing is collected).
 */
export function FulfilmentFacts({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { fulfilment } = order;
  const booking = isBooking(order.lines);
  const bookedTimes = bookedTimesOf(order.lines);
  return (
    <dl className="details-list">
      <dt>{t('orders.where')}</dt>
      <dd>
        {fulfilment.method === 'pickup_at_service_point' && fulfilment.servicePoint
          ? t('orders.atServicePoint', {
              place: [fulfilment.servicePoint.name, fulfilment.servicePoint.village]
                .filter(Boolean)
                .join(', '),
            })
          : fulfilment.method === 'pickup_in_shop'
            ? t('orders.inShop', {
                shop: [order.shop.name, order.shop.village].filter(Boolean).join(', '),
              })
            : t('orders.homeDelivery')}
      </dd>
      {booking ? (
        <>
          <dt>{t('orders.when')}</dt>
          <dd>
            {bookedTimes
              .map((start) => t('orders.bookedTime', { time: formatSwedishTime(start, locale) }))
              .join(', ')}
          </dd>
        </>
      ) : fulfilment.readyAt ? (
        <>
          <dt>{t('orders.when')}</dt>
          <dd>{t('orders.readyFrom', { time: formatSwedishTime(fulfilment.readyAt, locale) })}</dd>
        </>
      ) : fulfilment.date ? (
        <>
          <dt>{t('orders.when')}</dt>
          <dd>
            {t(
              fulfilment.method === 'home_delivery' ? 'orders.deliveredOn' : 'orders.collectFrom',
              {
                date: formatSwedishDay(fulfilment.date, locale),
              },
            )}
          </dd>
        </>
      ) : null}
      {order.pickupCode && !booking ? (
        <>
          <dt>{t('orders.pickupCode')}</dt>
          <dd>
            <span className="pickup-code">{order.pickupCode}</span>
            {/* Scanned at the counter from the phone's screen. */}
            <QrCode
              text={order.pickupCode}
              label={t('orders.pickupQr', { code: order.pickupCode })}
              className="pickup-qr"
            />
          </dd>
        </>
      ) : null}
      {order.declineReason ? (
        <>
          <dt>{t('orders.declineReason')}</dt>
          <dd>{order.declineReason}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function OrderLinesTable({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <TableScroll label={t('orders.linesCaption', { shop: order.shop.name })}>
      <table className="data-table order-lines">
        <caption className="visually-hidden">
          {t('orders.linesCaption', { shop: order.shop.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('orders.item')}</th>
            <th scope="col" className="numeric">
              {t('orders.quantity')}
            </th>
            <th scope="col" className="numeric">
              {t('orders.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={`${line.title}-${index}`}>
              <th scope="row">
                {line.title}
                {line.variantName ? `, ${line.variantName}` : ''}
                {line.slot ? (
                  <span className="muted"> ({formatSwedishTime(line.slot.start, locale)})</span>
                ) : null}
              </th>
              <td className="numeric">{line.quantity}</td>
              <td className="numeric">{formatOre(line.lineTotalOre)}</td>
            </tr>
          ))}
          {order.charges.map((charge) => (
            <tr key={charge.kind}>
              <th scope="row">{t(`orders.charge.${charge.kind}`)}</th>
              <td className="numeric">1</td>
              <td className="numeric">{formatOre(charge.amountOre)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('orders.total')}
            </th>
            <td className="numeric">
              <strong>{formatOre(order.totalOre)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

/** "varav moms 6 %: 21,40 kr" per rate, as a receipt shows it (DESIGN §5). */
export function VatList({ vat }: { vat: OrderDetail['vat'] }) {
  const { t } = useTranslation();
  return (
    <ul className="vat-list">
      {vat.map((line) => (
        <li key={line.rateBasisPoints}>
          {t('orders.vatLine', {
            rate: line.rateBasisPoints / 100,
            vat: formatOre(line.vatOre),
            gross: formatOre(line.grossOre),
          })}
        </li>
      ))}
    </ul>
  );
}
