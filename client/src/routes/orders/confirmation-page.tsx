import {
  type ActionFunctionArgs,
  Link,
  type LoaderFunctionArgs,
  useLoaderData,
  useLocation,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { isBooking } from '@e-galleria/shared/bookings';
import type { CheckoutDetail } from '@e-galleria/shared/checkout';
import { stockReleasingStatuses, type OrderStatus } from '@e-galleria/shared/order-status';
import { isApiError } from '../../api/api-error.ts';
import { cancelMyOrder, fetchCheckout } from '../../api/basket-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { loginPathReturningTo } from '../../lib/safe-return-path.ts';
import { useRootData } from '../root-data.ts';
import { readText } from '../../lib/form-data.ts';
import { toFormFailure } from '../../lib/form-failure.ts';
import {
  FulfilmentFacts,
  OrderLinesTable,
  OrderStatusBadge,
  statusEventOf,
  VatList,
  standingTotals,
} from './order-parts.tsx';
import { CancelOrder, OrderTimeline, type ResidentOrderActionResult } from './order-timeline.tsx';

async function loadCheckoutPage({ params, request }: LoaderFunctionArgs) {
  try {
    return await fetchCheckout(params.checkoutId ?? '', request.signal);
  } catch (error) {
    // The mail's link opened in another browser, or before logging in: the order is only
    // shown to whoever placed it, so say how to get to it rather than "not found".
    if (isApiError(error, 'not_found')) return { checkout: null };
    throw error;
  }
}

/** The resident cancels one shop's order; the page reloads the checkout afterwards. */
async function residentOrderAction({
  params,
  request,
}: ActionFunctionArgs): Promise<ResidentOrderActionResult> {
  const formData = await request.formData();
  try {
    const { checkout } = await cancelMyOrder(
      params.checkoutId ?? '',
      readText(formData, 'orderId'),
    );
    return { checkout, failure: null };
  } catch (error) {
    return { checkout: null, failure: toFormFailure(error) };
  }
}

/** The confirmation after checkout, and the page the confirmation mail links to. */
function CheckoutConfirmationPage() {
  const { t } = useTranslation();
  const { checkout } = useLoaderData<typeof loadCheckoutPage>();
  const { me } = useRootData();
  const { pathname } = useLocation();
  if (!checkout)
    return (
      <div className="page page--narrow">
        <PageHeading title={t('orders.notFoundTitle')} />
        <p>{t('orders.notFoundText')}</p>
        {me ? null : (
          <p>
            <Link to={loginPathReturningTo(pathname)}>{t('header.login')}</Link>
          </p>
        )}
      </div>
    );
  return <Confirmation checkout={checkout} />;
}

function Confirmation({ checkout }: { checkout: CheckoutDetail['checkout'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const totals = standingTotals(checkout.orders);
  const { me } = useRootData();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('orders.confirmationTitle')} />
      <p className="lead">
        {t('orders.placedAt', { time: formatDateTime(checkout.createdAt, locale) })}
      </p>
      {checkout.status === 'confirmed' ? (
        <p>{t('orders.mailSent', { email: checkout.contact.email })}</p>
      ) : null}
      <PaymentNotice checkout={checkout} />
      {checkout.orders.map((order) => (
        <section key={order.id} aria-labelledby={`order-${order.id}`} className="panel order-panel">
          <h2 id={`order-${order.id}`}>{order.shop.name}</h2>
          <p>
            {t('orders.statusLabel')}{' '}
            <OrderStatusBadge
              order={order}
              event={statusEventOf(order.timeline)}
              reader="resident"
            />
          </p>
          <OrderTimeline order={order} />
          <CancelOrder order={order} />
          <FulfilmentFacts order={order} />
          <OrderLinesTable order={order} />
        </section>
      ))}
      <section aria-labelledby="checkout-total" className="panel basket-total">
        <h2 id="checkout-total">{t('orders.grandTotal')}</h2>
        <p className="basket-total__sum">{formatOre(totals.totalOre)}</p>
        {totals.stoppedOre > 0 ? (
          <p className="muted">
            {t('orders.stoppedLeftOut', { amount: formatOre(totals.stoppedOre) })}
          </p>
        ) : null}
        <VatList vat={totals.vat} />
      </section>
      {/* A guest has no list of orders: the link led to the login page. */}
      {me ? (
        <p>
          <Link to="/konto/bestallningar">{t('orders.myOrdersLink')}</Link>
        </p>
      ) : null}
    </div>
  );
}

/** How the checkout is being paid, and what the resident can do about it now. */
const settledStatuses: readonly OrderStatus[] = [
  ...stockReleasingStatuses,
  'collected',
  'delivered',
];
const isStillToPay = (order: { status: OrderStatus }) => !settledStatuses.includes(order.status);

function PaymentNotice({ checkout }: { checkout: CheckoutDetail['checkout'] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (checkout.paymentMethod === 'pay_at_pickup') {
    // Paid at the door, when the booked service is done, or when the goods are collected: for
    // the orders still to be handed over (not stopped, collected or delivered).
    const moments = new Set(
      checkout.orders
        .filter(isStillToPay)
        .map((order) =>
          order.fulfilment.method === 'home_delivery'
            ? 'orders.payOnDeliveryNote'
            : isBooking(order.lines)
              ? 'orders.payAtServiceNote'
              : order.fulfilment.method === 'pickup_in_shop'
                ? 'orders.payInShopNote'
                : 'orders.payAtPickupNote',
        ),
    );
    return (
      <>
        {[...moments].map((note) => (
          <p key={note} className="notice">
            {t(note)}
          </p>
        ))}
      </>
    );
  }
  if (checkout.status === 'confirmed') return <p className="notice">{t('orders.cardPaid')}</p>;
  if (checkout.status === 'expired') return <p className="notice">{t('orders.cardExpired')}</p>;
  return (
    <div className="notice" role="status">
      <p>{t('orders.cardAwaiting')}</p>
      <p>
        {/* The payment provider's own page: a full navigation, not a route of ours. */}
        {checkout.paymentUrl ? <a href={checkout.paymentUrl}>{t('orders.payNow')}</a> : null}{' '}
        <Link to={pathname}>{t('orders.refresh')}</Link>
      </p>
    </div>
  );
}

export const route = {
  loader: loadCheckoutPage,
  action: residentOrderAction,
  Component: CheckoutConfirmationPage,
};
