import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code.tsx';
import type { OrderDetail } from '@e-galleria/shared/checkout';
import type { OrderStatus } from '@e-galleria/shared/order-status';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay, formatSwedishTime } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

/** Pieces of an order shared by the resident's confirmation and the shop's order list. */

const doneStatuses: readonly OrderStatus[] = ['collected'];
const stoppedStatuses: readonly OrderStatus[] = ['declined', 'cancelled', 'expired', 'returned'];

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  const modifier = doneStatuses.includes(status)
    ? ' badge--success'
    : stoppedStatuses.includes(status)
      ? ' badge--stopped'
      : '';
  return <span className={`badge${modifier}`}>{t(`orders.status.${status}`)}</span>;
}

/** Where and when: the service point and its day, or the shop and the time it is ready. */
export function FulfilmentFacts({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { fulfilment } = order;
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
      {fulfilment.readyAt ? (
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
      {order.pickupCode ? (
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
