import { useState } from 'react';
import { type FetcherWithComponents, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bookedTimesOf, hasBookedTimeBegun, isBooking } from '@e-galleria/shared/bookings';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { nextStatus, type OrderEvent } from '@e-galleria/shared/order-status';
import type { ShopOrder } from '@e-galleria/shared/orders';
import {
  ConfirmedSubmitButton,
  SubmitButton,
  TextAreaField,
} from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import type { OrderActionResult } from './shop-order-action.ts';

export const reasonField = (intent: 'decline' | 'cancel', orderId: string) =>
  `${intent}-reason-${orderId}`;

type Fetcher = FetcherWithComponents<OrderActionResult>;

/** Today (in Sweden) is the day of the order's first booked time, or later. */
function isBookedDayReached(order: ShopOrder): boolean {
  const [first] = bookedTimesOf(order.lines);
  return first !== undefined && swedishDateOf(Date.now()) >= swedishDateOf(Date.parse(first));
}

/**
 * A confirmed booking in the shop whose time has come: the shop may say nobody came. Not
 * before the time itself, as the server says (decision 0074).
 */
function canMarkNoShow(order: ShopOrder): boolean {
  return (
    isBooking(order.lines) &&
    order.fulfilment.method === 'pickup_in_shop' &&
    nextStatus(order.status, 'no_show') !== null &&
    hasBookedTimeBegun(bookedTimesOf(order.lines), Date.now())
  );
}

/**
 * A step button is shown only when the state machine and the way of receiving allow it. A
 * booking is accepted and then marked done: nothing to pack or give out (decision 0067).
 */
function stepsOf(order: ShopOrder) {
  const booking = isBooking(order.lines);
  const inShop = order.fulfilment.method === 'pickup_in_shop' && !booking;
  const toPoint = order.fulfilment.method === 'pickup_at_service_point';
  // A home delivery's carrier, hand-over and return are on the shop's home-delivery page.
  const toDoor = order.fulfilment.method === 'home_delivery';
  const steps = [
    { intent: 'accept', event: 'accept', label: 'shopOrders.accept', when: true },
    { intent: 'pack', event: 'pack', label: 'shopOrders.pack', when: !booking },
    {
      intent: 'perform',
      event: 'perform',
      label: 'shopFulfilment.actions.perform',
      // From the booked day: a click a day early told the resident "Utförd" (decision 0067).
      when: booking && order.fulfilment.method === 'pickup_in_shop' && isBookedDayReached(order),
    },
    {
      intent: 'mark-ready',
      event: 'mark_ready',
      label: 'shopFulfilment.actions.markReady',
      when: inShop,
    },
    {
      intent: 'hand-over',
      event: 'hand_over',
      label: 'shopFulfilment.actions.handOver',
      when: toPoint,
    },
    { intent: 'collect', event: 'collect', label: 'shopFulfilment.actions.collect', when: inShop },
    {
      intent: 'confirm-return',
      event: 'confirm_return',
      label: 'shopFulfilment.actions.confirmReturn',
      when: !toDoor,
    },
  ] as const satisfies readonly {
    intent: string;
    event: OrderEvent;
    label: string;
    when: boolean;
  }[];
  return steps.filter((step) => step.when && nextStatus(order.status, step.event) !== null);
}

/** The next steps of one order, and the forms to decline or cancel it with a reason. */
export function ShopOrderActions({
  order,
  fetcher,
  failure,
}: {
  order: ShopOrder;
  fetcher: Fetcher;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [openForm, setOpenForm] = useState<'decline' | 'cancel' | null>(null);
  const isBusy = fetcher.state !== 'idle';
  const steps = stepsOf(order);
  const noShow = canMarkNoShow(order);
  const canDecline = nextStatus(order.status, 'decline') !== null;
  // Declining is the answer to a new order; cancelling is for one already accepted.
  const canCancel = !canDecline && nextStatus(order.status, 'cancel_by_shop') !== null;
  const hasLabel =
    order.fulfilment.method === 'pickup_at_service_point' &&
    order.parcelCode !== null &&
    ['accepted', 'packed'].includes(order.status);
  const hasDelivery =
    order.fulfilment.method === 'home_delivery' &&
    ['accepted', 'packed', 'out_for_delivery', 'delivery_failed'].includes(order.status);
  const who = <span className="visually-hidden">, {order.customer.name}</span>;
  const toggles: { form: 'decline' | 'cancel'; label: string }[] = [
    ...(canDecline ? [{ form: 'decline' as const, label: t('shopOrders.decline') }] : []),
    ...(canCancel ? [{ form: 'cancel' as const, label: t('shopFulfilment.actions.cancel') }] : []),
  ];
  // A confirmed booking before its day: when it can be marked done, instead of the button.
  const [firstBooked] = isBooking(order.lines) ? bookedTimesOf(order.lines) : [];
  const performFrom =
    firstBooked !== undefined && order.status === 'accepted' && !isBookedDayReached(order)
      ? formatSwedishDay(swedishDateOf(Date.parse(firstBooked)), locale)
      : null;
  if (steps.length === 0 && !noShow && toggles.length === 0 && !hasLabel && !hasDelivery)
    return null;
  return (
    <>
      {performFrom ? (
        <p className="muted">{t('shopFulfilment.actions.performFrom', { day: performFrom })}</p>
      ) : null}
      <div className="actions-row inline-list">
        {steps.map((step) => (
          <fetcher.Form method="post" key={step.intent}>
            <input type="hidden" name="orderId" value={order.id} />
            <SubmitButton isBusy={isBusy} name="intent" value={step.intent}>
              {t(step.label)}
              {who}
            </SubmitButton>
          </fetcher.Form>
        ))}
        {noShow ? (
          // Asked twice: it mails the resident and ends the booking (decision 0074).
          <fetcher.Form method="post">
            <input type="hidden" name="orderId" value={order.id} />
            <ConfirmedSubmitButton
              isBusy={isBusy}
              name="intent"
              value="no-show"
              confirmLabel={
                <>
                  {t('shopFulfilment.actions.confirmNoShow')}
                  {who}
                </>
              }
              hint={t('shopFulfilment.actions.noShowHint')}
            >
              {t('shopFulfilment.actions.noShow')}
              {who}
            </ConfirmedSubmitButton>
          </fetcher.Form>
        ) : null}
        {hasLabel ? (
          <Link className="button button--secondary" to={`${order.id}/etikett`}>
            {t('shopFulfilment.actions.printLabel')}
            {who}
          </Link>
        ) : null}
        {hasDelivery ? (
          <Link className="button button--secondary" to="../hemleveranser" relative="path">
            {t('deliveries.shop.carrierAndNote')}
            {who}
          </Link>
        ) : null}
        {toggles.map((toggle) => (
          <button
            key={toggle.form}
            type="button"
            className="button button--secondary"
            aria-expanded={openForm === toggle.form}
            aria-controls={`${toggle.form}-${order.id}`}
            onClick={() => setOpenForm(openForm === toggle.form ? null : toggle.form)}
          >
            {toggle.label}
            {who}
          </button>
        ))}
      </div>
      {toggles.map((toggle) => {
        const isDecline = toggle.form === 'decline';
        return (
          <div
            id={`${toggle.form}-${order.id}`}
            key={toggle.form}
            hidden={openForm !== toggle.form}
          >
            <fetcher.Form method="post" noValidate className="form">
              <input type="hidden" name="orderId" value={order.id} />
              <TextAreaField
                name={reasonField(toggle.form, order.id)}
                label={t(
                  isDecline ? 'shopOrders.declineReason' : 'shopFulfilment.actions.cancelReason',
                )}
                hint={t(
                  isBooking(order.lines)
                    ? 'shopOrders.bookingStopHint'
                    : isDecline
                      ? 'shopOrders.declineHint'
                      : 'shopFulfilment.actions.cancelHint',
                )}
                rows={3}
                maxLength={500}
                required
                failure={failure}
              />
              <SubmitButton isBusy={isBusy} name="intent" value={toggle.form}>
                {t(
                  isDecline ? 'shopOrders.confirmDecline' : 'shopFulfilment.actions.confirmCancel',
                )}
              </SubmitButton>
            </fetcher.Form>
          </div>
        );
      })}
    </>
  );
}
